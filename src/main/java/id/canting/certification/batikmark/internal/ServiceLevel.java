package id.canting.certification.batikmark.internal;

/**
 * The service-level clock of an application: working days from payment to the decision (or to today
 * while it is pending), and whether that is over the limit (30 working days by default).
 *
 * @param workingDays null before payment
 * @param running whether the decision is still pending
 */
public record ServiceLevel(Integer workingDays, int limit, boolean running) {

	public boolean overdue() {
		return workingDays != null && workingDays > limit;
	}

	/**
	 * Over the limit and still waiting for the decision: a work queue's flag. A decided application is
	 * finished; that it took too long is history, not work to hurry.
	 */
	public boolean overdueWhilePending() {
		return running && overdue();
	}
}
