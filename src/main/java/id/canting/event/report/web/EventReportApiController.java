package id.canting.event.report.web;

import java.util.Locale;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.report.internal.EventSummaries;
import id.canting.shared.Actor;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/events/{code}/report?format=pdf|xlsx&lang=id|en}: the event's report as a file,
 * for organisers (ADMIN), once the event is running (interim) or closed (422 before).
 */
@RestController
@Tag(name = "Events")
class EventReportApiController {

	private final EventSummaries summaries;

	EventReportApiController(EventSummaries summaries) {
		this.summaries = summaries;
	}

	@Operation(summary = "An event's report as PDF or XLSX", description = "The report of a running (interim) or closed "
			+ "event: summary, sessions, exhibitors by province, kind and category, and the exhibitors' list (business "
			+ "names, regions, categories, booths). application/pdf (A4) or an XLSX workbook with a sheet per table. "
			+ "Organisers (ADMIN) only; 422 before the event runs.")
	@FileDownload({ FileDownload.PDF, FileDownload.XLSX })
	@GetMapping("/api/v1/events/{code}/report")
	ResponseEntity<byte[]> report(@PathVariable String code,
			@ParameterObject @ModelAttribute ReportParams params,
			Actor actor, Locale locale) {
		String chosen = params.checkedFormat();
		Locale language = params.language(locale);
		return ReportFiles.download(summaries, summaries.report(actor, code), chosen, language);
	}
}
