package id.canting.registry.internal;

/** Where an owner's proposed change stands. Only a {@link #PENDING} one is open; the others are history. */
public enum IkmChangeStatus {
	/** Waiting for the provincial office; the IKM keeps its values meanwhile. */
	PENDING,
	/** Accepted by the office and applied to the IKM. */
	ACCEPTED,
	/** Sent back by the office with a reason; the IKM kept its values. */
	RETURNED,
	/** Taken back by the owner, or replaced by the owner's newer proposal. */
	WITHDRAWN
}
