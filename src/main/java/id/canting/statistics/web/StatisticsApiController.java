package id.canting.statistics.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.canting.statistics.IndustryStatistics;
import id.canting.statistics.IndustrySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The headline figures for other systems; public. */
@RestController
@Tag(name = "Industry statistics", description = "Registry figures of the batik industry; public, aggregates only")
class StatisticsApiController {

	private final IndustryStatistics statistics;

	StatisticsApiController(IndustryStatistics statistics) {
		this.statistics = statistics;
	}

	@Operation(summary = "Headline figures of the batik industry",
			description = "Active IKM, workers, sentra and provinces, by province, technique, category, dye and kind. "
					+ "Every breakdown row carries percentOfIkm, its IKM as a share of ikmInSelection (all active IKM): "
					+ "techniques, categories and dyes are multi-valued, so their shares add up to more than 100.")
	@GetMapping("/api/v1/statistics/summary")
	IndustrySummary summary() {
		return statistics.summary();
	}
}
