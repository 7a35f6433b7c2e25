package id.canting.registry.events;

import java.util.List;

import id.canting.registry.IkmId;
import id.canting.shared.FieldChange;

/** An IKM had its details changed by {@code by}; each change with its old and new value. */
public record IkmUpdated(IkmId id, String provinceCode, List<FieldChange> changes, String by) {
}
