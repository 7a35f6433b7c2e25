package id.canting.matching.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.Preference;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.recommend.ParticipantRecommendations;
import id.canting.matching.internal.recommend.RecommendationService;
import id.canting.matching.internal.recommend.RecommendationTexts;
import id.canting.matching.internal.recommend.Rule;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;

/**
 * A participant's recommendations page: counterparts ranked with their score and reasons, each with a form
 * to request a meeting (must meet / would like) that posts to the requests' page handler. Without
 * {@code participant} it shows the signed-in person's own participation in the event; an htmx request gets
 * the list alone.
 */
@Controller
class RecommendationPageController {

	private final RecommendationService recommendations;
	private final RecommendationTexts texts;
	private final Events events;

	RecommendationPageController(RecommendationService recommendations, RecommendationTexts texts, Events events) {
		this.recommendations = recommendations;
		this.texts = texts;
		this.events = events;
	}

	@GetMapping("/events/{code}/matching/recommendations")
	String page(@PathVariable String code, @RequestParam(required = false) Long participant,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model) {
		EventCode eventCode = EventCode.of(code);
		model.addAttribute("event", events.find(eventCode)
			.orElseThrow(() -> new NotFoundException("matching.recommend.event.not-found", eventCode.value())));
		Optional<MatchingParticipantId> id = participant != null ? Optional.of(new MatchingParticipantId(participant))
				: recommendations.ownParticipant(actor, eventCode).map(MatchingParticipant::id);
		model.addAttribute("preferences", List.of(Preference.values()));
		Map<Rule, Integer> weights = new LinkedHashMap<>();
		for (Rule rule : Rule.values()) {
			if (recommendations.weights().of(rule) > 0) {
				weights.put(rule, recommendations.weights().of(rule));
			}
		}
		model.addAttribute("weights", weights);
		if (id.isEmpty()) {
			model.addAttribute("result", null);
			return "matching/recommend-list";
		}
		ParticipantRecommendations result = recommendations.forParticipant(actor, eventCode, id.get());
		model.addAttribute("result", RecommendationResponses.RecommendationList.of(result, texts,
				LocaleContextHolder.getLocale()));
		model.addAttribute("canRequest", result.status() == ParticipantStatus.APPROVED);
		return htmx != null ? "matching/recommend-list :: list" : "matching/recommend-list";
	}
}
