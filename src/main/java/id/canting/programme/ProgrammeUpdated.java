package id.canting.programme;

import java.util.List;

import id.canting.shared.FieldChange;

/** A draft programme was changed by {@code by}: these fields, from and to. */
public record ProgrammeUpdated(String code, ProgrammeId id, List<FieldChange> changes, String by) {
}
