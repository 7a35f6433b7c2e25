package id.canting.programme.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.canting.programme.AttendanceRecorded;
import id.canting.programme.ParticipantId;
import id.canting.programme.participation.internal.ParticipantRules.SessionDetails;
import id.canting.registry.IkmKind;
import id.canting.shared.FieldChange;
import id.canting.shared.RuleRefusedException;

/** A participant's attendance: marked only at sessions held, each change recorded, measured against the rule. */
class ParticipantTest {

	static final Instant NOW = Instant.parse("2024-06-20T03:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2024, 6, 20);

	static final List<ProgrammeSession> SESSIONS = List.of(session(1, "2024-05-06"), session(2, "2024-05-20"),
			session(3, "2024-06-03"), session(4, "2024-06-17"), session(5, "2024-07-01"));

	static ProgrammeSession session(int number, String day) {
		ProgrammeSession session = ProgrammeSession.add(7L, number,
				new SessionDetails(number, LocalDate.parse(day), "Materi " + number, "Yogyakarta"), "admin", NOW);
		ReflectionTestUtils.setField(session, "id", 100L + number);
		return session;
	}

	static Participant participant() {
		Participant participant = Participant.enrol(7L, 7,
				ParticipantRules.check(new ParticipantInput("Siti Rahayu", "F", 42L, null)),
				new EnrolledIkm(42L, "Batik Sekar", "33", "33.75", IkmKind.REGULAR), "officer.33", NOW);
		ReflectionTestUtils.setField(participant, "id", 9L);
		return participant;
	}

	@Test
	void recordsEachChangeOfAttendanceAsAnEvent() {
		Participant participant = participant();
		List<FieldChange> changes = participant.recordAttendance("PELATIHAN-SDM-2024",
				marks(SESSIONS.get(0), true, SESSIONS.get(1), false), TODAY, "officer.33");
		assertThat(changes).containsExactly(new FieldChange("attendance.1", null, "PRESENT"),
				new FieldChange("attendance.2", null, "ABSENT"));
		assertThat(participant.recordAttendance("PELATIHAN-SDM-2024", marks(SESSIONS.get(0), true, SESSIONS.get(1), true),
				TODAY, "officer.33")).containsExactly(new FieldChange("attendance.2", "ABSENT", "PRESENT"));
		assertThat(events(participant)).hasSize(2).first().isInstanceOfSatisfying(AttendanceRecorded.class, e -> {
			assertThat(e.provinceCode()).isEqualTo("33");
			assertThat(e.id()).isEqualTo(new ParticipantId(9));
		});
		assertThat(participant.recordAttendance("PELATIHAN-SDM-2024", marks(SESSIONS.get(0), true, SESSIONS.get(1), true),
				TODAY, "officer.33")).isEmpty();
		assertThat(events(participant)).hasSize(2);
	}

	@Test
	void refusesPresenceAtASessionNotHeldYetAndChangesNothing() {
		Participant participant = participant();
		assertThatThrownBy(() -> participant.recordAttendance("PELATIHAN-SDM-2024",
				marks(SESSIONS.get(4), true, SESSIONS.get(3), true), TODAY, "admin"))
			.isInstanceOf(RuleRefusedException.class)
			.hasMessage("participant.attendance.not-held");
		assertThat(participant.presentAt(SESSIONS.get(3))).isEmpty();
		assertThat(participant.recordAttendance("PELATIHAN-SDM-2024", marks(SESSIONS.get(4), false), TODAY, "admin"))
			.hasSize(1);
	}

	@Test
	void standsAgainstTheRuleWithTheSessionsHeldSoFar() {
		Participant participant = participant();
		participant.recordAttendance("PELATIHAN-SDM-2024",
				marks(SESSIONS.get(0), true, SESSIONS.get(1), true, SESSIONS.get(2), false, SESSIONS.get(3), true), TODAY,
				"admin");
		assertThat(participant.standing(SESSIONS, TODAY)).isEqualTo(AttendanceRule.standing(3, 4));
		assertThat(participant.standing(SESSIONS, TODAY).eligible()).isTrue();
		// once session 5 is held and missed, 3 of 5 is below the rule (4 of 5)
		assertThat(participant.standing(SESSIONS, LocalDate.of(2024, 7, 2)).eligible()).isFalse();
		assertThat(participant.sessionsAttended(SESSIONS, TODAY)).extracting(ProgrammeSession::number)
			.containsExactly(1, 2, 4);
		assertThat(participant.certificateNumber("PELATIHAN-SDM-2024")).isEqualTo("PELATIHAN-SDM-2024/0007");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> events(Participant participant) {
		return List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(participant, "domainEvents"));
	}

	private static Map<ProgrammeSession, Boolean> marks(Object... sessionsAndMarks) {
		Map<ProgrammeSession, Boolean> marks = new LinkedHashMap<>();
		for (int i = 0; i < sessionsAndMarks.length; i += 2) {
			marks.put((ProgrammeSession) sessionsAndMarks[i], (Boolean) sessionsAndMarks[i + 1]);
		}
		return marks;
	}
}
