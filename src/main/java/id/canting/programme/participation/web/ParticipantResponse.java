package id.canting.programme.participation.web;

import java.time.LocalDate;
import java.util.List;

import id.canting.programme.participation.internal.AttendanceRule.AttendanceStanding;
import id.canting.programme.participation.internal.EnrolledIkm;
import id.canting.programme.participation.internal.Participant;
import id.canting.programme.participation.internal.ProgrammeSession;

/**
 * A participant as the API and pages show them: their IKM as it was at enrolment, their attendance
 * at every session of the programme, and where they stand against the attendance rule; the
 * certificate number only once they have earned the certificate.
 */
record ParticipantResponse(long id, int number, String name, String gender, IkmBody ikm,
		List<AttendanceBody> attendance, int attended, int held, int required, boolean certificateAvailable,
		String certificateNumber) {

	static ParticipantResponse of(Participant participant, List<ProgrammeSession> sessions, LocalDate today,
			String programmeCode) {
		AttendanceStanding standing = participant.standing(sessions, today);
		EnrolledIkm ikm = participant.ikm();
		return new ParticipantResponse(participant.id().value(), participant.number(), participant.name(),
				participant.gender().name().substring(0, 1),
				new IkmBody(ikm.id(), ikm.name(), ikm.provinceCode(), ikm.regencyCode(), ikm.kind().name()),
				sessions.stream()
					.map(s -> new AttendanceBody(s.number(), s.heldOn(), s.isHeldBy(today),
							participant.presentAt(s).orElse(null)))
					.toList(),
				standing.attended(), standing.held(), standing.required(), standing.eligible(),
				standing.eligible() ? participant.certificateNumber(programmeCode) : null);
	}

	/** The IKM (or prison unit) the participant comes from, as at enrolment. */
	record IkmBody(long id, String name, String provinceCode, String regencyCode, String kind) {
	}

	/** Attendance at one session: {@code present} is null while nothing is recorded. */
	record AttendanceBody(int session, LocalDate heldOn, boolean held, Boolean present) {
	}
}
