package id.canting.programme.participation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.ParticipantId;
import id.canting.programme.TrainingSessions;
import id.canting.shared.Actor;

/** {@link TrainingSessions} for other modules, read from this module's sessions and recorded through its participants. */
@Service
@Transactional
class ProgrammeTrainingSessions implements TrainingSessions {

	private final JdbcClient jdbc;
	private final ProgrammeParticipants participants;

	ProgrammeTrainingSessions(JdbcClient jdbc, ProgrammeParticipants participants) {
		this.jdbc = jdbc;
		this.participants = participants;
	}

	@Override
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

	@Override
	public void markPresent(Actor actor, long sessionId, ParticipantId participant) {
		TrainingSession session = find(sessionId)
			.orElseThrow(() -> new id.canting.shared.NotFoundException("event.validation.programme-session", sessionId));
		participants.recordAttendance(actor, session.programmeCode(), participant, Map.of(session.number(), true));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ParticipantId> participantNamed(long sessionId, String name, String ikmName) {
		if (name == null || name.isBlank() || ikmName == null || ikmName.isBlank()) {
			return Optional.empty();
		}
		List<Long> ids = jdbc.sql("""
				select pp.id from programme_participant pp join programme_session s on s.programme_id = pp.programme_id
				where s.id = :session and pp.name_key = :name and lower(pp.ikm_name) = :ikm""")
			.param("session", sessionId)
			.param("name", ParticipantRules.nameKey(name))
			.param("ikm", ParticipantRules.nameKey(ikmName))
			.query(Long.class)
			.list();
		return ids.size() == 1 ? Optional.of(new ParticipantId(ids.get(0))) : Optional.empty();
	}
}
