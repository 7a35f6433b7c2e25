package id.canting.matching;

/**
 * A meeting's state. ACCEPTED meetings are the ones to place (whether one is placed is its slot, not its
 * status); CANCELLED by either side or the organiser; HELD or NO_SHOW once the day has come.
 */
public enum MeetingStatus {
	ACCEPTED, CANCELLED, HELD, NO_SHOW
}
