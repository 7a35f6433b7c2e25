package id.canting.registry.events;

import java.util.List;

import id.canting.registry.IkmId;
import id.canting.registry.IkmChangeId;
import id.canting.shared.FieldChange;

/** An IKM's owner proposed a change to reviewed fields; each with its value then and the proposed one. */
public record IkmChangeProposed(IkmChangeId id, IkmId ikmId, String provinceCode, List<FieldChange> changes,
		String by) {
}
