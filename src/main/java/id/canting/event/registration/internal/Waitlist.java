package id.canting.event.registration.internal;

/**
 * The seat rules of a session: a registration gets a seat while fewer than {@code capacity} are
 * confirmed, otherwise it waits; seats freed or added go to the waitlist first come, first served.
 * Capacity lowered below the seats given keeps the registrations that hold one (nobody loses a
 * confirmed seat); new registrations wait until enough are cancelled.
 */
public final class Waitlist {

	private Waitlist() {
	}

	/** Whether the next registration gets a seat. */
	public static boolean hasSeat(int capacity, int confirmed) {
		return confirmed < capacity;
	}

	/** How many of the {@code waiting} registrations move up now. */
	public static int toPromote(int capacity, int confirmed, int waiting) {
		return Math.max(0, Math.min(waiting, capacity - confirmed));
	}
}
