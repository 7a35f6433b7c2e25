package id.canting.matching.internal.schedule;

/**
 * One accepted meeting for the scheduler: its buyer and seller (participant ids, buyers and sellers
 * never the same participant), whether either side marked it "must meet", whether it takes a numbered
 * table ({@code false}: at the seller's booth, which hosts one meeting at a time like any participant),
 * its current placement (a seller meets either at the booth or at tables, all of their meetings alike) (null when not placed yet) and whether the organiser locked it there.
 */
public record MeetingToPlace(long id, long buyer, long seller, boolean mustMeet, boolean atTable, Placement current,
		boolean locked) {

	public MeetingToPlace {
		if (locked && current == null) {
			throw new IllegalArgumentException("a locked meeting " + id + " needs a placement");
		}
	}

	/** A new (not yet placed) meeting. */
	public static MeetingToPlace of(long id, long buyer, long seller, boolean mustMeet, boolean atTable) {
		return new MeetingToPlace(id, buyer, seller, mustMeet, atTable, null, false);
	}

	/** This meeting with {@code placement} as its current one, locked or not. */
	public MeetingToPlace placedAt(Placement placement, boolean locked) {
		return new MeetingToPlace(id, buyer, seller, mustMeet, atTable, placement, locked);
	}
}
