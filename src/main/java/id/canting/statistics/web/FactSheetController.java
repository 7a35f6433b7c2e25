package id.canting.statistics.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.statistics.FactSheets;
import id.canting.statistics.Period;

/**
 * The fact-sheet page: choose period, scope, language and format, see the headline sentences as
 * they will read, and download. Bad choices come back on the page through the page error handler.
 */
@Controller
class FactSheetController {

	private final FactSheets sheets;
	private final Regions regions;
	private final Clock clock;

	FactSheetController(FactSheets sheets, Regions regions, Clock clock) {
		this.sheets = sheets;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/statistics/fact-sheet")
	String form(@RequestParam(required = false) String period, @RequestParam(required = false) String province,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String format, Actor actor,
			Locale locale, Model model) {
		Locale language = FactSheetFiles.language(lang, locale);
		var sheet = sheets.compose(actor, Period.of(period, null, null, clock), province, language);
		model.addAttribute("sheet", sheet);
		model.addAttribute("periodParam", period == null || period.isBlank() ? sheet.period().from() + ".." + sheet.period().to() : period);
		model.addAttribute("provinceParam", province == null ? "" : province);
		model.addAttribute("langParam", language.getLanguage());
		model.addAttribute("formatParam", format == null ? "pdf" : FactSheetFiles.format(format));
		model.addAttribute("provinces", regions.provinces());
		return "statistics/fact-sheet";
	}

	@GetMapping("/statistics/fact-sheet/download")
	ResponseEntity<byte[]> download(@RequestParam(required = false) String period,
			@RequestParam(required = false) String province, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String format, Actor actor, Locale locale) {
		String chosenFormat = FactSheetFiles.format(format);
		Locale language = FactSheetFiles.language(lang, locale);
		var sheet = sheets.compose(actor, Period.of(period, null, null, clock), province, language);
		return FactSheetFiles.download(sheets, sheet, chosenFormat, language);
	}
}
