package id.canting.event.registration.internal;

/** The age groups registrants choose from; AGE_15_30 is the youth the ministry's FGD aims at. */
public enum AgeGroup {
	UNDER_15, AGE_15_30, AGE_31_45, AGE_46_60, OVER_60
}
