package id.canting.development.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.development.internal.DevelopmentRanking;
import id.canting.development.internal.DevelopmentRanking.SentraRanking;
import id.canting.development.internal.ScoreWeights;
import id.canting.development.internal.SentraDevelopment;
import id.canting.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Sentra development across sentra, for officials: the summary per province and the sentra ranked by
 * need ({@code ?province=}, all provinces without it; an unknown code is refused with 400), and the
 * score's weights (admins).
 */
@RestController
@Tag(name = "Sentra development", description = "Facilities, needs, revitalisation projects and the development score of a sentra")
class DevelopmentStatisticsApiController {

	private final DevelopmentRanking ranking;
	private final SentraDevelopment development;

	DevelopmentStatisticsApiController(DevelopmentRanking ranking, SentraDevelopment development) {
		this.ranking = ranking;
		this.development = development;
	}

	@GetMapping("/api/v1/statistics/sentra-development")
	SentraRanking ranking(@RequestParam(required = false) String province, Actor actor) {
		return ranking.ranking(actor, province);
	}

	@GetMapping("/api/v1/sentra-development/weights")
	ScoreWeights weights(Actor actor) {
		return development.weights(actor);
	}

	@PutMapping("/api/v1/sentra-development/weights")
	ScoreWeights changeWeights(@RequestBody WeightsRequest request, Actor actor) {
		return development.changeWeights(actor, request.weights() == null ? java.util.Map.of() : request.weights());
	}
}
