package id.canting.matching.internal.recommend;

/**
 * How a pair fares on one rule: it fits (full credit), fits in part, does not fit (a mismatch to say in
 * words), nothing was asked so anything fits (full credit), the seller did not say (the rule gives what it
 * documents for that), or the rule only adds a bonus the pair has not earned (no credit, not a mismatch).
 */
public enum Fit {
	MATCH, PARTIAL, MISMATCH, OPEN, UNKNOWN, NO_BONUS
}
