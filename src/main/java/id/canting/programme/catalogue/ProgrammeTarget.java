package id.canting.programme.catalogue;

/** Who a programme benefits: single IKM, or sentra (equipment grants go to sentra, not to single IKM). */
public enum ProgrammeTarget {
	IKM, SENTRA
}
