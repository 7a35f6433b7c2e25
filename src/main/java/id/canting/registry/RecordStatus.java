package id.canting.registry;

/** Whether an IKM or sentra is still operating. Inactive records are kept, never deleted. */
public enum RecordStatus {
	ACTIVE, INACTIVE
}
