package id.canting.statistics.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.canting.statistics.IndustryStatistics;
import id.canting.statistics.IndustrySummary;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The headline figures for other systems; public. */
@RestController
@Tag(name = "Industry statistics", description = "Registry figures of the batik industry; public, aggregates only")
class StatisticsApiController {

	private final IndustryStatistics statistics;

	StatisticsApiController(IndustryStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/v1/statistics/summary")
	IndustrySummary summary() {
		return statistics.summary();
	}
}
