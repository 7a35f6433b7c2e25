package id.canting.development.internal;

/**
 * The shared facilities a batik sentra may have: wastewater treatment (IPAL), shared dyeing and
 * waxing rooms, a drying area, a showroom, a training room, and named shared equipment (with a count).
 */
public enum FacilityKind {
	IPAL, DYEING_ROOM, WAXING_ROOM, DRYING_AREA, SHOWROOM, TRAINING_ROOM, EQUIPMENT;

	/** Equipment is named (e.g. "Kompor batik listrik"); the other kinds are one of a kind per sentra. */
	public boolean isNamed() {
		return this == EQUIPMENT;
	}
}
