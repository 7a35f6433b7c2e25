package id.canting.programme.participation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.ParticipantId;
import id.canting.programme.participation.internal.ProgrammeParticipants;
import id.canting.shared.Actor;

/**
 * A programme's sessions as other modules see them: an event's workshop can be a training session
 * of a programme, so that attendance counts there too. Finds a session by its id (the one
 * {@link id.canting.programme.ProgrammeSessionAdded} carries) and records a participant present at it.
 */
@Service
@Transactional
public class TrainingSessions {

	private final JdbcClient jdbc;
	private final ProgrammeParticipants participants;

	TrainingSessions(JdbcClient jdbc, ProgrammeParticipants participants) {
		this.jdbc = jdbc;
		this.participants = participants;
	}

	/** The programme session with this id, whatever the programme's status. */
	@Transactional(readOnly = true)
	public Optional<TrainingSession> find(long sessionId) {
		return jdbc.sql("""
				select s.id, p.code, p.name, s.number, s.held_on, s.topic, s.place
				from programme_session s join programme p on p.id = s.programme_id where s.id = :id""")
			.param("id", sessionId)
			.query((rs, n) -> new TrainingSession(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getInt("number"), rs.getDate("held_on").toLocalDate(), rs.getString("topic"), rs.getString("place")))
			.optional();
	}

	/**
	 * Records the programme's participant present at the session, as the programme's own attendance
	 * form would (same rules: admins, and officers for participants of their province; audited as
	 * {@link id.canting.programme.AttendanceRecorded}).
	 *
	 * @throws id.canting.shared.NotFoundException when the session or participant is not the programme's
	 */
	public void markPresent(Actor actor, long sessionId, ParticipantId participant) {
		TrainingSession session = find(sessionId)
			.orElseThrow(() -> new id.canting.shared.NotFoundException("event.validation.programme-session", sessionId));
		participants.recordAttendance(actor, session.programmeCode(), participant, Map.of(session.number(), true));
	}

	/**
	 * One session of a development programme: its programme (code and name), number within it, day,
	 * topic and place.
	 */
	public record TrainingSession(long id, String programmeCode, String programmeName, int number, LocalDate heldOn,
			String topic, String place) {
	}
}
