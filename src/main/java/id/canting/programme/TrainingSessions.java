package id.canting.programme;

import java.time.LocalDate;
import java.util.Optional;

import id.canting.shared.Actor;

/**
 * A programme's sessions as other modules see them: an event's workshop can be a training session of
 * a programme, so that attendance counts there too. Finds a session by its id (the one
 * {@link ProgrammeSessionAdded} carries) and records a participant present at it. Implemented in
 * {@code programme.participation}.
 */
public interface TrainingSessions {

	/** The programme session with this id, whatever the programme's status. */
	Optional<TrainingSession> find(long sessionId);

	/**
	 * Records the programme's participant present at the session, as the programme's own attendance
	 * form would (same rules: admins, and officers for participants of their province; published as
	 * {@link AttendanceRecorded} and audited).
	 *
	 * @throws id.canting.shared.NotFoundException when the session or the participant is not the programme's
	 */
	void markPresent(Actor actor, long sessionId, ParticipantId participant);

	/**
	 * The participant of the session's programme with this name (compared as the programme compares
	 * names: lower case, single spaces) from an IKM of this name (the same way); empty when none or more
	 * than one match, so that a registrant is never counted as someone else.
	 */
	Optional<ParticipantId> participantNamed(long sessionId, String name, String ikmName);

	/**
	 * One session of a development programme: its programme (code and name), number within it, day,
	 * topic and place.
	 */
	record TrainingSession(long id, String programmeCode, String programmeName, int number, LocalDate heldOn,
			String topic, String place) {
	}
}
