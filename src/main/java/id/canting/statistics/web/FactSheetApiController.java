package id.canting.statistics.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.shared.Actor;
import id.canting.shared.web.FileDownload;
import id.canting.statistics.FactSheets;
import id.canting.statistics.Period;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/statistics/fact-sheet?period=2024-01..2024-07&format=pdf|xlsx&lang=id|en}
 * (optionally {@code province=33}): the one-page fact sheet. For signed-in users, as it includes
 * the export figures, which the trade module shows to signed-in readers only.
 */
@RestController
@Tag(name = "Fact sheets", description = "The one-page fact sheet of a period as PDF or XLSX")
class FactSheetApiController {

	private final FactSheets sheets;
	private final Clock clock;

	FactSheetApiController(FactSheets sheets, Clock clock) {
		this.sheets = sheets;
		this.clock = clock;
	}

	@FileDownload({ FileDownload.PDF, FileDownload.XLSX })
	@GetMapping("/api/v1/statistics/fact-sheet")
	ResponseEntity<byte[]> factSheet(@RequestParam(required = false) String period,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String province, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		String chosenFormat = FactSheetFiles.format(format);
		Locale language = FactSheetFiles.language(lang, locale);
		var sheet = sheets.compose(actor, Period.of(period, from, to, clock), province, language);
		return FactSheetFiles.download(sheets, sheet, chosenFormat, language);
	}
}
