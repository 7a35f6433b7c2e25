package id.canting.matching.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.internal.outcome.MatchingSummaries;
import id.canting.matching.web.OutcomeResponses.SummaryResponse;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The business matching's KPIs of an event, as JSON and as an XLSX workbook, for organisers and officers. */
@RestController
@Tag(name = MatchingApiTag.NAME)
class KpiApiController {

	private final MatchingSummaries summaries;

	KpiApiController(MatchingSummaries summaries) {
		this.summaries = summaries;
	}

	@Operation(summary = "An event's business-matching KPIs", description = "Meetings requested, accepted, placed, held, "
			+ "no-shows, walk-ins and the deal value declared, in total, by the seller's province, category and buyer type; "
			+ "counted live on every call. ADMIN and OFFICER.")
	@GetMapping("/api/v1/events/{code}/matching/summary")
	SummaryResponse summary(@PathVariable String code, Actor actor) {
		return SummaryResponse.of(summaries.summary(actor, EventCode.of(code)));
	}

	@Operation(summary = "An event's business-matching KPIs as XLSX", description = "Sheets: totals, by province, by "
			+ "category, by buyer type, and the meetings (company names, time, place, status, declared value; no contact "
			+ "data). ADMIN and OFFICER.")
	@FileDownload(FileDownload.XLSX)
	@GetMapping("/api/v1/events/{code}/matching/summary.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String code,
			@Parameter(description = "id or en; the reader's language when not given") @RequestParam(required = false) String lang,
			Actor actor, Locale locale) {
		return KpiFiles.workbook(summaries, summaries.summary(actor, EventCode.of(code)), DocumentLanguage.of(lang, locale));
	}
}
