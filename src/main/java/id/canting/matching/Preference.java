package id.canting.matching;

/** How much the requester wants the meeting; the schedule places MUST_MEET meetings first. */
public enum Preference {
	MUST_MEET, WOULD_LIKE
}
