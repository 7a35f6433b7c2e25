package id.canting.programme.catalogue;

/**
 * Where a machine claimed under the machine-restructuring programme was made: the rate table pays a
 * different share of the price for machines made in Indonesia and for imported ones.
 */
public enum MachineOrigin {
	DOMESTIC, IMPORTED
}
