package id.canting.trade;

import java.util.List;

import id.canting.shared.FieldChange;

/** An export record was corrected by {@code by}; each change with its old and new value. */
public record ExportRecordUpdated(ExportRecordId id, List<FieldChange> changes, String by) {
}
