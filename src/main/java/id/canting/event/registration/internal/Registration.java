package id.canting.event.registration.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.RegistrationStatus;
import id.canting.event.TicketCode;
import id.canting.shared.ConflictException;
import id.canting.shared.RuleRefusedException;

/**
 * One person's registration for one session, with its ticket. It guards its own steps: only a
 * waitlisted registration is promoted, only a confirmed ticket of this event is checked in, and only
 * once; a used ticket is not cancelled. Personal data is blanked by {@link #anonymise(Instant)}.
 */
@Table("event_registration")
public class Registration {

	/** What is left of the name once the retention period has passed. */
	static final String ANONYMISED = "-";

	private @Id Long id;
	private String ticketCode;
	private String eventCode;
	private long sessionId;
	private RegistrationStatus status;
	private String name;
	private String email;
	private String phone;
	private String organisation;
	private AgeGroup ageGroup;
	private String consentVersion;
	private Instant consentedAt;
	private String language;
	private Instant registeredAt;
	private Instant confirmedAt;
	private Instant cancelledAt;
	private Instant checkedInAt;
	private String checkedInBy;
	private Instant anonymisedAt;
	private @Version Integer version;

	Registration() {
		// for Spring Data JDBC
	}

	static Registration register(RegistrantDetails details, TicketCode ticket, EventCode event,
			EventSessionId session, boolean seated, Instant now) {
		Registration r = new Registration();
		r.ticketCode = ticket.value();
		r.eventCode = event.value();
		r.sessionId = session.value();
		r.status = seated ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
		r.name = details.name();
		r.email = details.email();
		r.phone = details.phone();
		r.organisation = details.organisation();
		r.ageGroup = details.ageGroup();
		r.consentVersion = details.consentVersion();
		r.consentedAt = now;
		r.language = details.language();
		r.registeredAt = now;
		r.confirmedAt = seated ? now : null;
		return r;
	}

	/**
	 * Gives the seat or the waitlist place up; returns the status it had.
	 *
	 * @throws ConflictException when already cancelled
	 * @throws RuleRefusedException when the ticket was used
	 */
	RegistrationStatus cancel(Instant now) {
		if (status == RegistrationStatus.CANCELLED) {
			throw new ConflictException("event.registration.already-cancelled");
		}
		if (checkedInAt != null) {
			throw new RuleRefusedException("event.registration.cancel.used");
		}
		RegistrationStatus was = status;
		status = RegistrationStatus.CANCELLED;
		cancelledAt = now;
		return was;
	}

	/** Moves a waitlisted registration onto a seat. */
	void promote(Instant now) {
		if (status != RegistrationStatus.WAITLISTED) {
			throw new IllegalStateException("only a waitlisted registration is promoted");
		}
		status = RegistrationStatus.CONFIRMED;
		confirmedAt = now;
	}

	/**
	 * Lets the holder in, at the door of {@code atEvent}.
	 *
	 * @throws RuleRefusedException for a ticket of another event, a cancelled or a waitlisted one
	 * @throws UsedTicketException when it was checked in before
	 */
	void checkIn(EventCode atEvent, String by, Instant now) {
		if (!atEvent.value().equals(eventCode)) {
			throw new RuleRefusedException("event.registration.check-in.other-event", eventCode);
		}
		if (status == RegistrationStatus.CANCELLED) {
			throw new RuleRefusedException("event.registration.check-in.cancelled");
		}
		if (status == RegistrationStatus.WAITLISTED) {
			throw new RuleRefusedException("event.registration.check-in.waitlisted");
		}
		if (checkedInAt != null) {
			throw new UsedTicketException(checkedInAt);
		}
		checkedInAt = now;
		checkedInBy = by;
	}

	/** Blanks the personal data, keeping what the figures need (status, age group, check-in). */
	void anonymise(Instant now) {
		name = ANONYMISED;
		email = null;
		phone = null;
		organisation = null;
		anonymisedAt = now;
	}

	public Long id() {
		return id;
	}

	public TicketCode ticket() {
		return new TicketCode(ticketCode);
	}

	public EventCode eventCode() {
		return new EventCode(eventCode);
	}

	public EventSessionId sessionId() {
		return new EventSessionId(sessionId);
	}

	public RegistrationStatus status() {
		return status;
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public String phone() {
		return phone;
	}

	public String organisation() {
		return organisation;
	}

	public AgeGroup ageGroup() {
		return ageGroup;
	}

	public String consentVersion() {
		return consentVersion;
	}

	public Instant consentedAt() {
		return consentedAt;
	}

	public String language() {
		return language;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public Instant confirmedAt() {
		return confirmedAt;
	}

	public Instant cancelledAt() {
		return cancelledAt;
	}

	public Instant checkedInAt() {
		return checkedInAt;
	}

	public String checkedInBy() {
		return checkedInBy;
	}

	public Instant anonymisedAt() {
		return anonymisedAt;
	}

	public boolean checkedIn() {
		return checkedInAt != null;
	}
}
