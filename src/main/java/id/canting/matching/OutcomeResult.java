package id.canting.matching;

/**
 * What one side says came of a meeting by a checkpoint: no further contact, in talks, a sample order, or
 * an order placed (the only result that carries a value in Rupiah).
 */
public enum OutcomeResult {
	NO_CONTACT, IN_TALKS, SAMPLE_ORDER, ORDER_PLACED
}
