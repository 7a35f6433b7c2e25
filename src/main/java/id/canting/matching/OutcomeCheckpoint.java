package id.canting.matching;

/**
 * When a side reports what came of a held meeting: right after it, and one, three and six months after
 * the meeting's day. Each opens on its own date and stays open (a late report is better than none).
 */
public enum OutcomeCheckpoint {
	AFTER_MEETING(0), MONTH_1(1), MONTH_3(3), MONTH_6(6);

	private final int months;

	OutcomeCheckpoint(int months) {
		this.months = months;
	}

	/** Months after the meeting's day at which this checkpoint opens (0: at the end of the meeting's slot). */
	public int months() {
		return months;
	}
}
