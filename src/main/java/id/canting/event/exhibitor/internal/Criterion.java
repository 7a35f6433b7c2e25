package id.canting.event.exhibitor.internal;

/**
 * What curators score an application on (0–10 points each); each event weighs them (0–100, 0 leaves one
 * out). The application's score is the weighted mean of its points per curator, averaged over curators.
 */
public enum Criterion {
	PRODUCT_QUALITY(40), MOTIF_ORIGINALITY(30), BATIKMARK(10), MARKET_READINESS(20);

	private final int defaultWeight;

	Criterion(int defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	/** The weight an event has until an admin changes it. */
	public int defaultWeight() {
		return defaultWeight;
	}
}
