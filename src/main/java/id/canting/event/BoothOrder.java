package id.canting.event;

import java.util.Comparator;

/**
 * The order of an event's booths as people walk the hall, for every module that lists booths (the
 * exhibitor room's lists, the event report, the business matching's meeting points): A1, A2, …, A10,
 * then B1 — the row's letters, then the number as a number (a label without a number after its letters
 * sorts as text). At the event module's root because other modules may not reach into its exhibitor room.
 */
public final class BoothOrder {

	/** Booths in walking order. */
	public static final Comparator<String> AS_WALKED = Comparator
		.comparing((String booth) -> booth.replaceAll("[^A-Za-z]", ""))
		.thenComparingLong(booth -> {
			String digits = booth.replaceAll("\\D", "");
			return digits.isEmpty() || digits.length() > 9 ? -1 : Long.parseLong(digits);
		})
		.thenComparing(Comparator.naturalOrder());

	private BoothOrder() {
	}
}
