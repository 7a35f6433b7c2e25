package id.canting.event.report.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.canting.event.report.internal.EventSummaries;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;

/**
 * The organisers' pages of an event's figures: the dashboard (any status, figures as they stand) and,
 * once the event runs, the report with its PDF and XLSX downloads in either language.
 */
@Controller
class EventDashboardController {

	private final EventSummaries summaries;

	EventDashboardController(EventSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/events/{code}/dashboard")
	String dashboard(@PathVariable String code, Actor actor, Model model) {
		model.addAttribute("summary", summaries.forOrganisers(actor, code));
		return "event/dashboard";
	}

	@GetMapping("/events/{code}/report")
	String report(@PathVariable String code, Actor actor, Locale locale, Model model) {
		model.addAttribute("summary", summaries.report(actor, code));
		model.addAttribute("langParam", DocumentLanguage.of(null, locale).getLanguage());
		return "event/report";
	}

	@GetMapping("/events/{code}/report/download")
	ResponseEntity<byte[]> download(@PathVariable String code, @ModelAttribute ReportParams params, Actor actor,
			Locale locale) {
		String chosen = params.checkedFormat();
		Locale language = params.language(locale);
		return ReportFiles.download(summaries, summaries.report(actor, code), chosen, language);
	}
}
