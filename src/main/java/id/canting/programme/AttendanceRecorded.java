package id.canting.programme;

import java.util.List;

import id.canting.shared.FieldChange;

/**
 * A participant's attendance changed: one change per session, named {@code attendance.N} for session
 * number N, from and to PRESENT or ABSENT (nothing when it was not recorded before).
 */
public record AttendanceRecorded(String programmeCode, ParticipantId id, String provinceCode,
		List<FieldChange> changes, String by) {
}
