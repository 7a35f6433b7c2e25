package id.canting.programme;

import java.util.List;

import id.canting.shared.FieldChange;

/** The applicant changed a draft application. */
public record ApplicationUpdated(long applicationId, long programmeId, String provinceCode, List<FieldChange> changes, String by) {
}
