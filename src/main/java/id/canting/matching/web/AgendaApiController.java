package id.canting.matching.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.matching.internal.agenda.AgendaTexts;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/events/{code}/matching/agenda?participant=} as JSON, {@code agenda.pdf} and
 * {@code agenda.ics}: a participant's meetings by slot. The participant themself, organisers (ADMIN),
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
			+ "organisers, and officers of a seller's province.")
	@GetMapping("/api/v1/events/{code}/matching/agenda")
	AgendaResponses.AgendaResponse agenda(@PathVariable String code,
			@Parameter(description = "The participant's id; the caller's own when left out") @RequestParam(required = false) Long participant,
			Actor actor, Locale locale) {
		return AgendaResponses.AgendaResponse.of(files.agenda(actor, code, participant), texts, locale);
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
