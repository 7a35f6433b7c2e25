package id.canting.event.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.shared.FieldChange;

/**
 * One session of an event, an aggregate of its own so that its id stays the same while the event
 * changes (registrations and the public page's anchors refer to it).
 */
@Table("event_session")
class EventSession {

	private @Id Long id;
	private Long eventId;
	private SessionKind kind;
	private String title;
	private String titleEn;
	private LocalDateTime startsAt;
	private LocalDateTime endsAt;
	private String room;
	private int capacity;
	private String audience;
	private String speakers;
	private Long programmeSessionId;
	private Instant createdAt;
	private String createdBy;
	private Instant updatedAt;
	private @Version Integer version;

	EventSession() {
		// for Spring Data JDBC
	}

	static EventSession add(long eventId, SessionDetails details, String by, Instant now) {
		EventSession session = new EventSession();
		session.eventId = eventId;
		session.apply(details);
		session.createdAt = now;
		session.createdBy = by;
		session.updatedAt = now;
		return session;
	}

	/** Changes the session; returns what changed (nothing when the details are the same). */
	List<FieldChange> update(SessionDetails details, Instant now) {
		List<FieldChange> changes = details.changesFrom(details());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
		}
		return changes;
	}

	SessionDetails details() {
		return new SessionDetails(kind, title, titleEn, startsAt, endsAt, room, capacity, audience, speakers,
				programmeSessionId);
	}

	SessionView view(EventCode eventCode) {
		return new SessionView(id(), eventCode, kind, title, titleEn, startsAt, endsAt, room, capacity, audience,
				speakers, programmeSessionId, version == null ? 0 : version);
	}

	private void apply(SessionDetails d) {
		kind = d.kind();
		title = d.title();
		titleEn = d.titleEn();
		startsAt = d.startsAt();
		endsAt = d.endsAt();
		room = d.room();
		capacity = d.capacity();
		audience = d.audience();
		speakers = d.speakers();
		programmeSessionId = d.programmeSessionId();
	}

	EventSessionId id() {
		return id == null ? null : new EventSessionId(id);
	}

	long eventId() {
		return eventId;
	}

	String title() {
		return title;
	}

	int version() {
		return version == null ? 0 : version;
	}
}
