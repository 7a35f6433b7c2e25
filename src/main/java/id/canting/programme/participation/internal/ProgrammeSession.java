package id.canting.programme.participation.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.programme.participation.internal.ParticipantRules.SessionDetails;

/**
 * One session of a training or assistance programme: its number within the programme, the day it
 * is (or was) held, its topic and place. A session counts towards the attendance rule from its day on.
 */
@Table("programme_session")
public class ProgrammeSession {

	private @Id Long id;
	private Long programmeId;
	private int number;
	private LocalDate heldOn;
	private String topic;
	private String place;
	private Instant createdAt;
	private String createdBy;
	private @Version Integer version;

	ProgrammeSession() {
		// for Spring Data JDBC
	}

	static ProgrammeSession add(long programmeId, int number, SessionDetails details, String by, Instant now) {
		ProgrammeSession session = new ProgrammeSession();
		session.programmeId = programmeId;
		session.number = number;
		session.heldOn = details.heldOn();
		session.topic = details.topic();
		session.place = details.place();
		session.createdAt = now;
		session.createdBy = by;
		return session;
	}

	/** Whether the session has taken place by this day (it counts from the day it is held). */
	public boolean isHeldBy(LocalDate day) {
		return !heldOn.isAfter(day);
	}

	public long id() {
		return id;
	}

	long programmeId() {
		return programmeId;
	}

	public int number() {
		return number;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public String topic() {
		return topic;
	}

	public String place() {
		return place;
	}
}
