package id.canting.registry.events;

import java.util.List;

import id.canting.registry.SentraId;
import id.canting.shared.FieldChange;

/** A sentra had its details changed by {@code by}; each change with its old and new value. */
public record SentraUpdated(SentraId id, String provinceCode, List<FieldChange> changes, String by) {
}
