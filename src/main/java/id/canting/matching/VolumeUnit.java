package id.canting.matching;

/** The unit of a buyer's volume per month and a seller's capacity: metres of cloth or pieces. */
public enum VolumeUnit {
	METRE, PIECE
}
