package id.canting.programme.impact.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.impact.internal.ImpactReport;
import id.canting.programme.impact.internal.ImpactReports;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/programmes/{code}/impact} (JSON), with {@code format=pdf|xlsx} and
 * {@code lang=id|en} the same report as a file. Ministry staff read the whole programme, an officer
 * their province's beneficiaries; everyone else is refused.
 */
@RestController
@Tag(name = "Programme figures", description = "Dashboards, participant figures and impact reports of programmes")
class ImpactApiController {

	private final ImpactReports reports;

	ImpactApiController(ImpactReports reports) {
		this.reports = reports;
	}

	@FileDownload(value = { FileDownload.PDF, FileDownload.XLSX }, json = true)
	@GetMapping("/api/v1/programmes/{code}/impact")
	ResponseEntity<?> impact(@PathVariable String code, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		String chosen = ImpactFiles.format(format, true);
		Locale language = DocumentLanguage.of(lang, locale);
		ImpactReport report = reports.report(actor, code);
		return chosen.equals("json") ? ResponseEntity.ok(report)
				: ImpactFiles.download(reports, report, chosen, language);
	}
}
