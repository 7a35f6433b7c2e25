package id.canting.development.internal;

/**
 * One shared facility of a sentra: its kind, a name (required for equipment, optional otherwise), how
 * many units (0 means the sentra has none) and their condition.
 */
public record SentraFacility(FacilityKind kind, String name, int count, FacilityCondition condition) {

	/** The units of this facility in working order (all or none: the condition is per line). */
	public int workingUnits() {
		return condition.inWorkingOrder() ? count : 0;
	}

	/** How this line reads in the change history: {@code EQUIPMENT Kompor listrik: 4 GOOD}. */
	String describe() {
		return kind + (name == null ? "" : " " + name) + ": " + count + " " + condition;
	}

	/** Identifies the line in the change history: its kind and, for equipment, its name. */
	String key() {
		return kind + (name == null ? "" : " " + name);
	}
}
