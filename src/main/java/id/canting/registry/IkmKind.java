package id.canting.registry;

/** The kind of unit: a regular business, a batik unit run in a prison (binaan lapas), or a cooperative. */
public enum IkmKind {
	REGULAR, PRISON_UNIT, COOPERATIVE
}
