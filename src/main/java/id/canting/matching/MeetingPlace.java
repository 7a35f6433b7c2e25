package id.canting.matching;

/** Where a seller meets buyers: at their own exhibition booth or at the organiser's numbered tables. */
public enum MeetingPlace {
	BOOTH, TABLE
}
