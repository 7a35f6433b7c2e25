package id.canting.programme.impact.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.programme.impact.internal.ImpactReports;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;

/** A programme's impact report as a page, with its PDF and XLSX downloads in either language. */
@Controller
class ImpactController {

	private final ImpactReports reports;

	ImpactController(ImpactReports reports) {
		this.reports = reports;
	}

	@GetMapping("/programmes/{code}/impact")
	String page(@PathVariable String code, Actor actor, Locale locale, Model model) {
		model.addAttribute("report", reports.report(actor, code));
		model.addAttribute("langParam", DocumentLanguage.of(null, locale).getLanguage());
		return "programme/impact";
	}

	@GetMapping("/programmes/{code}/impact/download")
	ResponseEntity<byte[]> download(@PathVariable String code, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		String chosen = ImpactFiles.format(format, false);
		Locale language = DocumentLanguage.of(lang, locale);
		return ImpactFiles.download(reports, reports.report(actor, code), chosen, language);
	}
}
