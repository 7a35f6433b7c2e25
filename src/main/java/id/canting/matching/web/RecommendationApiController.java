package id.canting.matching.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.internal.recommend.RecommendationService;
import id.canting.matching.internal.recommend.RecommendationTexts;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A participant's recommended counterparts with the reasons, for the participant themself or the organiser. */
@RestController
@Tag(name = MatchingApiTag.NAME)
class RecommendationApiController {

	private final RecommendationService recommendations;
	private final RecommendationTexts texts;

	RecommendationApiController(RecommendationService recommendations, RecommendationTexts texts) {
		this.recommendations = recommendations;
		this.texts = texts;
	}

	@Operation(summary = "Counterparts recommended to a participant, best first, with reasons",
			description = "Sellers for a buyer, buyers for a seller: APPROVED participants of the other side, ranked by "
					+ "the documented rules and weights (docs/matching-recommendations.md), less pairs blocked by the organiser "
					+ "and pairs already in contact. Each has a score 0-100, a summary sentence and every rule's verdict in "
					+ "the request's language; notShown counts those a hard rule left out (Batikmark required). Only the "
					+ "participant themself (the buyer's account, an owner of the seller's IKM) or an admin may ask: 403 otherwise.")
	@GetMapping("/api/v1/events/{code}/matching/recommendations")
	RecommendationResponses.RecommendationList recommendations(@PathVariable String code,
			@Parameter(description = "The participant id (matching participant, not the IKM id)") @RequestParam long participant,
			Actor actor) {
		return RecommendationResponses.RecommendationList.of(
				recommendations.forParticipant(actor, EventCode.of(code), new MatchingParticipantId(participant)), texts,
				LocaleContextHolder.getLocale());
	}
}
