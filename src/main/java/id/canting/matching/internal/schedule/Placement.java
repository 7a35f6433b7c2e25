package id.canting.matching.internal.schedule;

/**
 * Where and when a meeting happens: a slot index (0-based, counted across the event's matching sessions)
 * and, for a meeting at the numbered tables, the table number (1-based); {@code table} is null for a
 * meeting at the seller's booth.
 */
public record Placement(int slot, Integer table) {

	/** A meeting at the seller's booth in {@code slot}. */
	public static Placement atBooth(int slot) {
		return new Placement(slot, null);
	}
}
