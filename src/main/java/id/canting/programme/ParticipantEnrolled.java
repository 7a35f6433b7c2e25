package id.canting.programme;

import id.canting.registry.IkmId;

/** A person from an IKM joined a programme as participant {@code number}; {@code provinceCode} is the IKM's. */
public record ParticipantEnrolled(String programmeCode, ParticipantId id, int number, String name, IkmId ikm,
		String provinceCode, String by) {
}
