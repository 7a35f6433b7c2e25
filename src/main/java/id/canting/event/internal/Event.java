package id.canting.event.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.event.EventCode;
import id.canting.event.EventStatus;
import id.canting.event.EventStatusChanged;
import id.canting.event.EventType;
import id.canting.event.EventUpdated;
import id.canting.event.EventView;
import id.canting.shared.FieldChange;
import id.canting.shared.RuleRefusedException;

/**
 * An event with its venue, dates, organisers and, when it takes exhibitors, the call's window. Its
 * status moves only by the steps {@link EventTransitions} allows; a CLOSED event is a record and is
 * not changed any more.
 */
@Table("event")
class Event extends AbstractAggregateRoot<Event> {

	private @Id Long id;
	private String code;
	private String name;
	private EventType type;
	private EventStatus status;
	private String venue;
	private String city;
	private String provinceCode;
	private LocalDate startDate;
	private LocalDate endDate;
	private String organisers;
	private String partners;
	private String description;
	private String descriptionEn;
	private LocalDate exhibitorCallOpens;
	private LocalDate exhibitorCallCloses;
	private Instant createdAt;
	private String createdBy;
	private Instant updatedAt;
	private @Version Integer version;

	Event() {
		// for Spring Data JDBC
	}

	static Event draft(EventDetails details, String by, Instant now) {
		Event event = new Event();
		event.code = details.code().value();
		event.apply(details);
		event.status = EventStatus.DRAFT;
		event.createdAt = now;
		event.createdBy = by;
		event.updatedAt = now;
		return event;
	}

	/** Changes the details (not the code); refused once the event is CLOSED. */
	List<FieldChange> update(EventDetails details, String by, Instant now) {
		requireOpenForChanges();
		List<FieldChange> changes = details.changesFrom(details());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
			registerEvent(new EventUpdated(code(), changes, by));
		}
		return changes;
	}

	/** Moves the event to {@code to} when {@link EventTransitions} allows it on {@code today}. */
	void moveTo(EventStatus to, LocalDate today, String by, Instant now) {
		EventTransitions.check(status, to, exhibitorCallOpens != null, startDate, today);
		EventStatus from = status;
		status = to;
		updatedAt = now;
		registerEvent(new EventStatusChanged(code(), from, to, by));
	}

	/** Sessions and details may change until the event is CLOSED. */
	void requireOpenForChanges() {
		if (status == EventStatus.CLOSED) {
			throw new RuleRefusedException("event.closed", code);
		}
	}

	EventDetails details() {
		return new EventDetails(code(), name, type, venue, city, provinceCode, startDate, endDate, organisers, partners,
				description, descriptionEn, exhibitorCallOpens, exhibitorCallCloses);
	}

	EventView view() {
		return new EventView(code(), name, type, status, venue, city, provinceCode, startDate, endDate, organisers,
				partners, description, descriptionEn, exhibitorCallOpens, exhibitorCallCloses, version());
	}

	private void apply(EventDetails d) {
		name = d.name();
		type = d.type();
		venue = d.venue();
		city = d.city();
		provinceCode = d.provinceCode();
		startDate = d.startDate();
		endDate = d.endDate();
		organisers = d.organisers();
		partners = d.partners();
		description = d.description();
		descriptionEn = d.descriptionEn();
		exhibitorCallOpens = d.exhibitorCallOpens();
		exhibitorCallCloses = d.exhibitorCallCloses();
	}

	Long id() {
		return id;
	}

	EventCode code() {
		return new EventCode(code);
	}

	EventStatus status() {
		return status;
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate endDate() {
		return endDate;
	}

	int version() {
		return version == null ? 0 : version;
	}
}
