package id.canting.registry;

/** Where a sentra stands in the ministry's sentra revitalisation programme. */
public enum Revitalisation {
	NONE, PLANNED, IN_PROGRESS, DONE
}
