package id.canting.matching.internal.recommend;

import java.util.List;

/**
 * One counterpart recommended to a participant: its score (0–100, the points earned over all the rules'
 * weights), the summary sentence (what the buyer wants — what the IKM offers) and each rule's verdict with
 * its reason, matches and mismatches alike.
 *
 * @param points the unrounded points, which order the ranking before the rounded score does
 */
public record Recommendation(long participantId, String name, int score, double points, Phrase summary,
		List<RuleScore> rules) {

	public Recommendation {
		rules = List.copyOf(rules);
	}

	/** The rules this pair fits fully: the reasons to meet. */
	public List<RuleScore> matches() {
		return rules.stream().filter(r -> r.fit() == Fit.MATCH).toList();
	}

	/** The rules this pair fits in part (some of the techniques, part of the volume). */
	public List<RuleScore> partly() {
		return rules.stream().filter(r -> r.fit() == Fit.PARTIAL).toList();
	}

	/** The rules this pair does not fit or cannot be judged on for want of data: what to ask about. */
	public List<RuleScore> mismatches() {
		return rules.stream().filter(r -> r.fit() == Fit.MISMATCH || r.fit() == Fit.UNKNOWN).toList();
	}
}
