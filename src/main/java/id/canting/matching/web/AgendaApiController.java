package id.canting.matching.web;

import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.matching.internal.agenda.Agenda;
import id.canting.matching.internal.agenda.AgendaTexts;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/events/{code}/matching/agenda?participant=} as JSON, {@code agenda.pdf} and
 * {@code agenda.ics} (or the Accept header on the first): a participant's meetings by slot. The participant themself, organisers (ADMIN),
 * and an officer of a seller's province (read only); others 403.
 */
@RestController
@Tag(name = AgendaApiController.TAG)
class AgendaApiController {

	static final String TAG = "Business matching";

	private final AgendaFiles files;
	private final AgendaTexts texts;

	AgendaApiController(AgendaFiles files, AgendaTexts texts) {
		this.files = files;
		this.texts = texts;
	}

	@Operation(summary = "A participant's agenda", description = "The meetings of one business-matching participant "
			+ "in slot order: day and time (WIB), the other side's business name, the place (a numbered table or the "
			+ "seller's booth), status and whether the organiser locked it; then the accepted meetings not yet placed. "
			+ "Without participant: the caller's own agenda (404 when they take no part). The participant themself, "
			+ "organisers, and officers of a seller's province. With Accept: application/pdf or text/calendar the same "
			+ "as agenda.pdf or agenda.ics.")
	@ApiResponse(responseCode = "200", description = "The agenda as JSON, or as a PDF or calendar file when the Accept header asks for one",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgendaResponses.AgendaResponse.class)))
	@FileDownload(value = { FileDownload.PDF, AgendaFiles.ICS }, json = true)
	@GetMapping("/api/v1/events/{code}/matching/agenda")
	ResponseEntity<?> agenda(@PathVariable String code,
			@Parameter(description = "The participant's id; the caller's own when left out") @RequestParam(required = false) Long participant,
			@RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Actor actor, Locale locale) {
		Agenda agenda = files.agenda(actor, code, participant);
		return switch (AgendaFiles.asked(accept)) {
			case PDF -> files.pdf(agenda, DocumentLanguage.of(lang, locale));
			case ICS -> files.ics(agenda, DocumentLanguage.of(lang, locale));
			case JSON -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(AgendaResponses.AgendaResponse.of(agenda, texts, locale));
		};
	}

	@Operation(summary = "A participant's agenda as PDF", description = "The agenda as an A4 PDF to print, in the "
			+ "language of lang (id or en). Who may read it as for the JSON agenda.")
	@FileDownload(FileDownload.PDF)
	@GetMapping("/api/v1/events/{code}/matching/agenda.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) Long participant,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		return files.pdf(files.agenda(actor, code, participant), DocumentLanguage.of(lang, locale));
	}

	@Operation(summary = "A participant's agenda as a calendar file", description = "The agenda as iCalendar (RFC 5545): "
			+ "one event per placed meeting with its times on the Asia/Jakarta clock (TZID), a UID that stays the "
			+ "meeting's so downloading again updates the calendar, a higher SEQUENCE for a meeting moved since the "
			+ "last download, and STATUS:CANCELLED for one cancelled or no longer placed since then.")
	@FileDownload(AgendaFiles.ICS)
	@GetMapping("/api/v1/events/{code}/matching/agenda.ics")
	ResponseEntity<byte[]> ics(@PathVariable String code, @RequestParam(required = false) Long participant,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		return files.ics(files.agenda(actor, code, participant), DocumentLanguage.of(lang, locale));
	}
}
