package id.canting.allocation.internal;

/** An IKM's halal certificate: none, applied for (in process), or held. */
public enum HalalStatus {
	NONE, IN_PROCESS, HELD
}
