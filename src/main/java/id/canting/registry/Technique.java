package id.canting.registry;

/**
 * A batik technique per SNI 0239: hand-drawn with the canting (tulis), stamped with a copper cap
 * (cap), or both (kombinasi). Printed "batik motif" is not batik and is not a technique here.
 */
public enum Technique {
	TULIS, CAP, KOMBINASI
}
