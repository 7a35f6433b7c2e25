package id.canting.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.internal.recommend.Fit;
import id.canting.matching.internal.recommend.ParticipantRecommendations;
import id.canting.matching.internal.recommend.Recommendation;
import id.canting.matching.internal.recommend.RecommendationTexts;
import id.canting.matching.internal.recommend.Recommendations;
import id.canting.matching.internal.recommend.Rule;
import id.canting.matching.internal.recommend.RuleScore;

/** What {@code /api/v1/events/{code}/matching/recommendations} returns, its sentences in the request's language. */
final class RecommendationResponses {

	private RecommendationResponses() {
	}

	/**
	 * A participant's recommendations, best first (every one, not paged: an event has at most a few hundred
	 * counterparts), and how many a hard rule left out and why.
	 */
	record RecommendationList(long participant, ParticipantSide side, ParticipantStatus status,
			List<RecommendationView> content, List<NotShownView> notShown) {

		static RecommendationList of(ParticipantRecommendations r, RecommendationTexts texts, Locale locale) {
			List<Recommendation> ranked = r.recommendations().ranked();
			return new RecommendationList(r.participant().value(), r.side(), r.status(),
					IntStream.range(0, ranked.size())
						.mapToObj(i -> RecommendationView.of(i + 1, ranked.get(i), texts, locale))
						.toList(),
					r.recommendations().notShown().stream()
						.map(n -> new NotShownView(n.reason(), n.count(), texts.say(n.phrase(), locale)))
						.toList());
		}
	}

	/**
	 * One counterpart: its rank (1 = best), score 0–100, the summary sentence, and every rule's verdict.
	 *
	 * @param matches the reasons to meet, in words
	 * @param partly what fits in part, in words
	 * @param mismatches what does not fit or is not known, in words
	 */
	record RecommendationView(int rank, long participant, String name, int score, String summary,
			List<String> matches, List<String> partly, List<String> mismatches, List<RuleView> rules) {

		static RecommendationView of(int rank, Recommendation r, RecommendationTexts texts, Locale locale) {
			return new RecommendationView(rank, r.participantId(), r.name(), r.score(), texts.say(r.summary(), locale),
					r.matches().stream().map(s -> texts.say(s.reason(), locale)).toList(),
					r.partly().stream().map(s -> texts.say(s.reason(), locale)).toList(),
					r.mismatches().stream().map(s -> texts.say(s.reason(), locale)).toList(),
					r.rules().stream().map(s -> RuleView.of(s, texts, locale)).toList());
		}
	}

	/**
	 * One rule's verdict: its weight, the points earned (weight × credit, before scaling to 0–100), how it fits
	 * and why.
	 */
	record RuleView(Rule rule, int weight, double points, Fit fit, String reason) {

		static RuleView of(RuleScore s, RecommendationTexts texts, Locale locale) {
			return new RuleView(s.rule(), s.weight(), Math.round(s.points() * 100) / 100.0, s.fit(),
					texts.say(s.reason(), locale));
		}
	}

	/** Counterparts a hard rule left out: the rule's code, how many, and the sentence. */
	record NotShownView(String reason, int count, String text) {
	}
}
