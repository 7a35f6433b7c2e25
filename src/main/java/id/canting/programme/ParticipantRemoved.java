package id.canting.programme;

import id.canting.registry.IkmId;

/** A participant was taken off a programme, with their attendance; their number is not given again. */
public record ParticipantRemoved(String programmeCode, ParticipantId id, String name, IkmId ikm, String provinceCode,
		String by) {
}
