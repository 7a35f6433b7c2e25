package id.canting.allocation.internal.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a producer keeps the pace its due date needs. The rule, written for producers and officers
 * alike:
 * <ul>
 * <li><b>rate</b>: what it produced to date divided by the days since the plan was confirmed (the pace
 * start; at least one day), in units a day;</li>
 * <li><b>projected</b>: produced to date + rate × days left until the due date (none once it has passed),
 * rounded down, never above what it would need (a producer ahead of pace is not projected beyond its
 * quantity);</li>
 * <li><b>behind pace</b>: projected below its allocation less a tolerance of {@value #TOLERANCE_PERCENT} %
 * (a few days' slack in a production of weeks), but only once {@value #GRACE_DAYS} days have passed since
 * the pace start (the first week, when cloth is bought and stamps are cut, says little about the pace),
 * and never for a producer that has produced its whole allocation.</li>
 * </ul>
 * A producer that has not reported yet has produced nothing to date: after the grace days it is behind.
 */
public final class PaceRule {

	/** Below the allocation by more than this share, a projection is behind pace. */
	public static final int TOLERANCE_PERCENT = 5;

	/** Days after the pace start before anyone is judged. */
	public static final int GRACE_DAYS = 7;

	private PaceRule() {
	}

	/** One producer's pace on a day: its figures and the verdict. */
	public record Pace(long allocated, long producedToDate, long daysElapsed, long daysLeft, double dailyRate,
			long projected, boolean behind) {

		/** How much the projection falls short of the allocation (0 when it does not). */
		public long shortfall() {
			return Math.max(0, allocated - projected);
		}
	}

	/**
	 * The pace of a producer allocated {@code allocated}, having produced {@code producedToDate}, on
	 * {@code today}, for a pace that started on {@code paceStart} and a due date {@code dueOn}.
	 */
	public static Pace of(long allocated, long producedToDate, LocalDate paceStart, LocalDate dueOn, LocalDate today) {
		long elapsed = Math.max(0, ChronoUnit.DAYS.between(paceStart, today));
		long left = Math.max(0, ChronoUnit.DAYS.between(today, dueOn));
		double rate = producedToDate / (double) Math.max(1, elapsed);
		long projected = Math.min(Math.max(allocated, producedToDate),
				producedToDate + (long) Math.floor(rate * left));
		boolean judged = elapsed >= GRACE_DAYS && producedToDate < allocated && allocated > 0;
		boolean behind = judged && projected * 100 < allocated * (100L - TOLERANCE_PERCENT);
		return new Pace(allocated, producedToDate, elapsed, left, rate, projected, behind);
	}
}
