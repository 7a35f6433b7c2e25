package id.canting.matching.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.internal.agenda.Agenda;
import id.canting.matching.internal.agenda.AgendaCalendar;
import id.canting.matching.internal.agenda.AgendaPdf;
import id.canting.matching.internal.agenda.Agendas;
import id.canting.notification.CalendarInvite;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;
import id.canting.shared.web.FileDownload;

/**
 * The agenda as a file, shared by the page's download buttons and the API: the one asked for
 * ({@code ?participant=}) or the reader's own, as PDF or as a calendar file (ICS), named
 * {@code agenda-HBN-2024-12.pdf}.
 */
@Component
class AgendaFiles {

	/** The calendar file's media type (RFC 5545), as the OpenAPI document lists it. */
	static final String ICS = "text/calendar";

	private final Agendas agendas;
	private final AgendaPdf pdf;
	private final AgendaCalendar calendar;

	AgendaFiles(Agendas agendas, AgendaPdf pdf, AgendaCalendar calendar) {
		this.agendas = agendas;
		this.pdf = pdf;
		this.calendar = calendar;
	}

	/** What the agenda is asked as. */
	enum Form {
		JSON, PDF, ICS
	}

	/**
	 * The form an Accept header asks for: the first of its types (in its order) that is JSON, a PDF or a
	 * calendar; JSON when none is (or for a wildcard).
	 */
	static Form asked(String accept) {
		if (accept == null || accept.isBlank()) {
			return Form.JSON;
		}
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isWildcardType()) {
					return Form.JSON;
				}
				if (type.isCompatibleWith(MediaType.APPLICATION_PDF)) {
					return Form.PDF;
				}
				if (type.isCompatibleWith(MediaType.parseMediaType(ICS))) {
					return Form.ICS;
				}
			}
		}
		catch (org.springframework.http.InvalidMediaTypeException unreadable) {
			return Form.JSON;
		}
		return Form.JSON;
	}

	/** The agenda of {@code participant}, or the actor's own when none is named (404 when they take no part). */
	Agenda agenda(Actor actor, String code, Long participant) {
		EventCode eventCode = EventCode.of(code);
		if (participant != null) {
			return agendas.of(actor, eventCode, new MatchingParticipantId(participant));
		}
		Optional<Agenda> own = agendas.own(actor, eventCode);
		return own.orElseThrow(() -> new NotFoundException("matching.agenda.not-a-participant", eventCode.value()));
	}

	ResponseEntity<byte[]> pdf(Agenda agenda, Locale language) {
		return file(pdf.render(agenda, language), FileDownload.PDF, AgendaCalendar.fileName(agenda, "pdf"));
	}

	ResponseEntity<byte[]> ics(Agenda agenda, Locale language) {
		return file(calendar.ics(agenda, language), CalendarInvite.CONTENT_TYPE, AgendaCalendar.fileName(agenda, "ics"));
	}

	private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
