package id.canting.registry;

import java.util.List;

import id.canting.shared.FieldChange;

/** An IKM had its details changed; each change with its old and new value. */
public record IkmUpdated(IkmId id, List<FieldChange> changes) {
}
