package id.canting.programme.participation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.programme.AttendanceRecorded;
import id.canting.programme.ParticipantId;
import id.canting.programme.participation.internal.AttendanceRule.AttendanceStanding;
import id.canting.programme.participation.internal.ParticipantRules.ParticipantDetails;
import id.canting.registry.Gender;
import id.canting.registry.IkmId;
import id.canting.registry.IkmKind;
import id.canting.shared.FieldChange;
import id.canting.shared.RuleRefusedException;

/**
 * A person taking part in a training or assistance programme, from an IKM or a prison unit, with
 * their attendance at each session. Holds a copy of the IKM as it was at enrolment. Attendance can
 * be marked present only for a session that has taken place; each change is recorded as an event.
 */
@Table("programme_participant")
public class Participant extends AbstractAggregateRoot<Participant> {

	static final String PRESENT = "PRESENT";
	static final String ABSENT = "ABSENT";

	private @Id Long id;
	private Long programmeId;
	private int number;
	private String name;
	private String nameKey;
	private String gender;
	private Long ikmId;
	private String ikmName;
	private String ikmProvinceCode;
	private String ikmRegencyCode;
	private IkmKind ikmKind;
	private Instant enrolledAt;
	private String enrolledBy;
	@MappedCollection(idColumn = "participant_id")
	private Set<Attendance> attendance = new HashSet<>();
	private @Version Integer version;

	Participant() {
		// for Spring Data JDBC
	}

	/** A new participant, numbered {@code number} within the programme; the event follows once they have an id. */
	static Participant enrol(long programmeId, int number, ParticipantDetails details, EnrolledIkm ikm, String by,
			Instant now) {
		Participant participant = new Participant();
		participant.programmeId = programmeId;
		participant.number = number;
		participant.name = details.name();
		participant.nameKey = ParticipantRules.nameKey(details.name());
		participant.gender = details.gender() == Gender.FEMALE ? "F" : "M";
		participant.ikmId = ikm.id();
		participant.ikmName = ikm.name();
		participant.ikmProvinceCode = ikm.provinceCode();
		participant.ikmRegencyCode = ikm.regencyCode();
		participant.ikmKind = ikm.kind();
		participant.enrolledAt = now;
		participant.enrolledBy = by;
		return participant;
	}

	/**
	 * Marks the participant present or absent at these sessions of their programme; a session that has
	 * not taken place by {@code today} cannot have been attended. Records one event with what changed.
	 *
	 * @return the changes, empty when every mark was already so
	 * @throws RuleRefusedException when a session marked present lies after {@code today}
	 */
	List<FieldChange> recordAttendance(String programmeCode, Map<ProgrammeSession, Boolean> marks, LocalDate today,
			String by) {
		// every mark is checked before any is applied, so a refusal changes nothing
		marks.forEach((session, present) -> {
			if (session.programmeId() != programmeId) {
				throw new IllegalArgumentException("session " + session.id() + " is not of this participant's programme");
			}
			if (present && !session.isHeldBy(today)) {
				throw new RuleRefusedException("participant.attendance.not-held", session.number(),
						session.heldOn().toString());
			}
		});
		List<FieldChange> changes = new ArrayList<>();
		marks.entrySet().stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparingInt(ProgrammeSession::number)))
			.forEach(mark -> {
				ProgrammeSession session = mark.getKey();
				boolean present = mark.getValue();
				Optional<Boolean> before = presentAt(session);
				if (before.isEmpty() || before.get() != present) {
					attendance.removeIf(a -> a.sessionId() == session.id());
					attendance.add(new Attendance(session.id(), present));
					changes.add(new FieldChange("attendance." + session.number(),
							before.map(Participant::mark).orElse(null), mark(present)));
				}
			});
		if (!changes.isEmpty()) {
			registerEvent(new AttendanceRecorded(programmeCode, id(), ikmProvinceCode, changes, by));
		}
		return changes;
	}

	/** Present or absent at this session, or empty when nothing is recorded. */
	public Optional<Boolean> presentAt(ProgrammeSession session) {
		return attendance.stream().filter(a -> a.sessionId() == session.id()).findFirst().map(Attendance::present);
	}

	/** Whether any attendance is recorded for this session, present or absent. */
	boolean hasAttendanceAt(long sessionId) {
		return attendance.stream().anyMatch(a -> a.sessionId() == sessionId);
	}

	/** The participant's attendance at the sessions of their programme held by {@code today}, against the rule. */
	public AttendanceStanding standing(List<ProgrammeSession> sessions, LocalDate today) {
		List<ProgrammeSession> held = sessions.stream().filter(s -> s.isHeldBy(today)).toList();
		int attended = (int) held.stream().filter(s -> presentAt(s).orElse(false)).count();
		return AttendanceRule.standing(attended, held.size());
	}

	/** The sessions held by {@code today} at which the participant was present, in order. */
	public List<ProgrammeSession> sessionsAttended(List<ProgrammeSession> sessions, LocalDate today) {
		return sessions.stream().filter(s -> s.isHeldBy(today) && presentAt(s).orElse(false)).toList();
	}

	/** The number printed on the participant's certificate, e.g. {@code PELATIHAN-SDM-2024/0007}. */
	public String certificateNumber(String programmeCode) {
		return String.format("%s/%04d", programmeCode, number);
	}

	private static String mark(boolean present) {
		return present ? PRESENT : ABSENT;
	}

	public ParticipantId id() {
		return id == null ? null : new ParticipantId(id);
	}

	long programmeId() {
		return programmeId;
	}

	/** The participant's number within the programme, given once and never again. */
	public int number() {
		return number;
	}

	public String name() {
		return name;
	}

	public Gender gender() {
		return "F".equals(gender) ? Gender.FEMALE : Gender.MALE;
	}

	/** The IKM (or prison unit) the participant comes from, as it was at enrolment. */
	public EnrolledIkm ikm() {
		return new EnrolledIkm(ikmId, ikmName, ikmProvinceCode, ikmRegencyCode, ikmKind);
	}

	public IkmId ikmId() {
		return new IkmId(ikmId);
	}

	public Instant enrolledAt() {
		return enrolledAt;
	}

	/** Present or absent at one session. */
	@Table("programme_attendance")
	record Attendance(long sessionId, boolean present) {
	}
}
