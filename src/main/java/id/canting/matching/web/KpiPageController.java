package id.canting.matching.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.event.EventCode;
import id.canting.matching.internal.outcome.MatchingSummaries;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;

/**
 * The business matching's dashboard of an event for organisers and provincial officers: the KPIs as
 * they stand, each chart drawn from the table beside it, and the XLSX in either language.
 */
@Controller
class KpiPageController {

	private final MatchingSummaries summaries;

	KpiPageController(MatchingSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/events/{code}/matching/dashboard")
	String dashboard(@PathVariable String code, Actor actor, Locale locale, Model model) {
		model.addAttribute("kpis", summaries.summary(actor, EventCode.of(code)));
		model.addAttribute("langParam", DocumentLanguage.of(null, locale).getLanguage());
		return "matching/kpi-dashboard";
	}

	@GetMapping("/events/{code}/matching/dashboard/summary.xlsx")
	ResponseEntity<byte[]> download(@PathVariable String code, @RequestParam(required = false) String lang, Actor actor,
			Locale locale) {
		return KpiFiles.workbook(summaries, summaries.summary(actor, EventCode.of(code)),
				DocumentLanguage.of(lang, locale));
	}
}
