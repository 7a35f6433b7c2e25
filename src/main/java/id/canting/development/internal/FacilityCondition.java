package id.canting.development.internal;

/**
 * A facility's condition as the officer finds it on site: GOOD (works as intended), FAIR (works, with
 * wear or small defects), POOR (works only partly or unsafely: needs repair) and BROKEN (does not
 * work). GOOD and FAIR count as "in working order" for the development score.
 */
public enum FacilityCondition {
	GOOD, FAIR, POOR, BROKEN;

	public boolean inWorkingOrder() {
		return this == GOOD || this == FAIR;
	}
}
