package id.canting.matching.internal.recommend;

/**
 * One rule's verdict on a pair: the share of the rule's weight earned (0–1), how it fits, and why in words.
 */
public record RuleScore(Rule rule, int weight, double credit, Fit fit, Phrase reason) {

	/** The points this rule adds to the pair's score before scaling to 0–100. */
	public double points() {
		return weight * credit;
	}
}
