package id.canting.programme.participation.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.ProgrammeSessionAdded;
import id.canting.programme.ProgrammeSessionRemoved;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.participation.internal.ParticipantRules.SessionDetails;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.InvalidInputException;

/**
 * The sessions of a training or assistance programme: ministry staff (ADMIN) add and remove them;
 * officers and IKM owners read them. Each change is published as an event
 * ({@link ProgrammeSessionAdded}, {@link ProgrammeSessionRemoved}), which the audit trail records in
 * the same transaction.
 */
@Service
@Transactional
public class ProgrammeSessions {

	private final ProgrammeManagement programmes;
	private final ProgrammeSessionRepository sessions;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgrammeSessions(ProgrammeManagement programmes, ProgrammeSessionRepository sessions, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.programmes = programmes;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The programme's sessions by number, for admins, officers and owners. */
	@Transactional(readOnly = true)
	public List<ProgrammeSession> sessions(Actor actor, String code) {
		ParticipantAccess.requireReader(actor);
		return sessions.findByProgramme(gathering(actor, code).id().value());
	}

	/**
	 * Adds a session; without a number it gets the next free one.
	 *
	 * @throws InvalidInputException naming each broken field rule
	 * @throws ConflictException when the programme already has a session with this number
	 */
	public ProgrammeSession add(Actor actor, String code, SessionInput input) {
		ParticipantAccess.requireSessionManager(actor);
		Programme programme = gathering(actor, code);
		SessionDetails details = ParticipantRules.check(input);
		List<ProgrammeSession> existing = sessions.findByProgramme(programme.id().value());
		int number = details.number() != null ? details.number()
				: existing.stream().mapToInt(ProgrammeSession::number).max().orElse(0) + 1;
		if (existing.stream().anyMatch(s -> s.number() == number)) {
			throw new ConflictException("session.duplicate", number, programme.code());
		}
		ProgrammeSession session = sessions.save(ProgrammeSession.add(programme.id().value(), number, details,
				actor.username(), clock.instant()));
		events.publishEvent(new ProgrammeSessionAdded(programme.code(), session.id(), number, session.heldOn(),
				session.topic(), session.place(), actor.username()));
		return session;
	}

	/**
	 * Removes a session, as long as nobody's attendance at it is recorded (a recorded attendance is
	 * part of someone's certificate).
	 *
	 * @throws ConflictException when attendance is recorded for the session
	 */
	public void remove(Actor actor, String code, int number) {
		ParticipantAccess.requireSessionManager(actor);
		Programme programme = gathering(actor, code);
		ProgrammeSession session = sessions.findByProgramme(programme.id().value()).stream()
			.filter(s -> s.number() == number)
			.findFirst()
			.orElseThrow(() -> new SessionNotFoundException(programme.code(), number));
		long marks = jdbc.sql("select count(*) from programme_attendance where session_id = :session")
			.param("session", session.id())
			.query(Long.class)
			.single();
		if (marks > 0) {
			throw new ConflictException("session.has-attendance", number, marks);
		}
		sessions.delete(session);
		events.publishEvent(new ProgrammeSessionRemoved(programme.code(), session.id(), number, actor.username()));
	}

	/** The programme, if the actor may see it and it gathers people at all. */
	private Programme gathering(Actor actor, String code) {
		Programme programme = programmes.programme(actor, code);
		ParticipantRules.requireGathering(programme);
		return programme;
	}
}
