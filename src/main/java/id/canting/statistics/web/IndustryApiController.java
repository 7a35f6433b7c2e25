package id.canting.statistics.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.statistics.IndustryAnalytics;
import id.canting.statistics.IndustryFigures;
import id.canting.statistics.WorkforceSeries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Registry analytics for other systems; public, aggregates only. */
@RestController
@Tag(name = "Industry statistics", description = "Registry figures of the batik industry; public, aggregates only")
class IndustryApiController {

	private final IndustryAnalytics analytics;

	IndustryApiController(IndustryAnalytics analytics) {
		this.analytics = analytics;
	}

	@Operation(summary = "Batik industry figures for the country or one province",
			description = "Active IKM and workers by province, regency, sentra (top N), technique, category, dye "
					+ "(with the share of natural dyes), size class, owner gender (with the women-owned share) and kind. "
					+ "Every breakdown row carries percentOfIkm, its IKM as a share of ikmInSelection (the active IKM "
					+ "in scope): techniques, categories and dyes are multi-valued, so their shares add up to more than 100.")
	@ApiResponse(responseCode = "200", description = "The figures, with definition, source and asOf")
	@ApiResponse(responseCode = "400", description = "Unknown province code or top outside 1..100 (Problem Details)")
	@GetMapping("/api/v1/statistics/industry")
	IndustryFigures industry(
			@Parameter(description = "Kemendagri province code, e.g. 33; omit for the country") @RequestParam(required = false) String province,
			@Parameter(description = "How many sentra the ranking lists, 1..100") @RequestParam(defaultValue = "10") int top) {
		return analytics.industry(province, top);
	}

	@Operation(summary = "Workforce per semester from the accepted semester reports")
	@ApiResponse(responseCode = "200", description = "One point per semester from..to, zeros where none was accepted")
	@ApiResponse(responseCode = "400", description = "A semester not written 2024-S1, from after to, or more than 40 semesters")
	@GetMapping("/api/v1/statistics/workforce")
	WorkforceSeries workforce(
			@Parameter(description = "First semester, e.g. 2023-S1 (default: five semesters before to)") @RequestParam(required = false) String from,
			@Parameter(description = "Last semester, e.g. 2024-S2 (default: the latest with an accepted report in scope, else the current one)") @RequestParam(required = false) String to,
			@Parameter(description = "Kemendagri province code; omit for the country") @RequestParam(required = false) String province) {
		return analytics.workforce(from, to, province);
	}
}
