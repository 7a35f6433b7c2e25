package id.canting.statistics.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.statistics.ReadinessAnalytics;
import id.canting.statistics.ReadinessFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Industry 4.0 readiness figures for other systems; public, aggregates of verified assessments only. */
@RestController
@Tag(name = "Industry statistics", description = "Registry figures of the batik industry; public, aggregates only")
class ReadinessStatisticsApiController {

	private final ReadinessAnalytics analytics;

	ReadinessStatisticsApiController(ReadinessAnalytics analytics) {
		this.analytics = analytics;
	}

	@Operation(summary = "Industry 4.0 readiness of batik IKM for the country or one province, in one year",
			description = "From verified assessments only: IKM assessed, average overall index (0-4, two decimals), "
					+ "IKM per level (the whole part of the index; every level present), average per pillar, the same "
					+ "by province, technique (an IKM counts under each of its techniques) and size class, and yearOnYear: "
					+ "the change from the year before over the IKM verified in both years. years lists every year with "
					+ "a verified result.")
	@ApiResponse(responseCode = "200", description = "The figures, with definition, source and asOf")
	@ApiResponse(responseCode = "400", description = "Unknown province code, or a year that is not a year from 2000 to this one (Problem Details)")
	@GetMapping("/api/v1/statistics/readiness")
	ReadinessFigures readiness(
			@Parameter(description = "Kemendagri province code, e.g. 33; omit for the country") @RequestParam(required = false) String province,
			@Parameter(description = "The year, e.g. 2024; omit for the latest year with a verified result") @RequestParam(required = false) String year) {
		return analytics.readiness(province, year);
	}
}
