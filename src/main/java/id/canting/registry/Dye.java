package id.canting.registry;

/** The dyes an IKM works with: natural (pewarna alam) or synthetic. */
public enum Dye {
	NATURAL, SYNTHETIC
}
