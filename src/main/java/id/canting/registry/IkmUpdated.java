package id.canting.registry;

import java.util.List;

import id.canting.shared.FieldChange;

/** An IKM had its details changed by {@code by}; each change with its old and new value. */
public record IkmUpdated(IkmId id, String provinceCode, List<FieldChange> changes, String by) {
}
