package id.canting.registry;

/** Whether a provincial officer has checked an IKM's data against the field. */
public enum Verification {
	UNVERIFIED, VERIFIED
}
