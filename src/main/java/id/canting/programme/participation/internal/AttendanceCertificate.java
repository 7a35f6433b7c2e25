package id.canting.programme.participation.internal;

import java.time.LocalDate;
import java.util.List;

import id.canting.programme.participation.internal.AttendanceRule.AttendanceStanding;
import id.canting.registry.IkmKind;

/**
 * What a certificate of attendance states: its number, who attended, from which IKM (or prison
 * unit) and where, which programme by which organiser, the sessions attended, and the attendance
 * that earned it. Made only for a participant who met {@link AttendanceRule}.
 */
public record AttendanceCertificate(String number, String participantName, String ikmName, IkmKind ikmKind,
		String regencyName, String provinceName, String programmeCode, String programmeName, String organiser,
		int year, List<AttendedSession> sessions, AttendanceStanding standing, LocalDate issuedOn) {

	public AttendanceCertificate {
		sessions = List.copyOf(sessions);
	}

	/** A session the participant attended. */
	public record AttendedSession(int number, LocalDate heldOn, String topic) {
	}
}
