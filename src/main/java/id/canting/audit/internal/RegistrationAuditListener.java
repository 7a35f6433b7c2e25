package id.canting.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.event.RegistrantsAnonymised;
import id.canting.event.RegistrationCancelled;
import id.canting.event.RegistrationConfirmed;
import id.canting.event.RegistrationPromoted;
import id.canting.event.RegistrationWaitlisted;
import id.canting.event.TicketCheckedIn;
import id.canting.shared.FieldChange;

/**
 * Records every step of an event registration, synchronously in the transaction of the step. The
 * public registers without an account: those entries name the actor {@code public}. Summaries carry
 * the event, the session and the ticket code, never the registrant's personal data (which is
 * anonymised later, while the trail is append-only).
 */
@Component
class RegistrationAuditListener {

	static final String REGISTRATION = "event_registration";
	static final String PUBLIC = "public";

	private final AuditWriter writer;

	RegistrationAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(RegistrationConfirmed e) {
		writer.append(NewEntry.of(PUBLIC, "REGISTERED", REGISTRATION, e.registrationId(), null, summary(e.eventCode().value(),
				e.sessionId().value(), e.ticket().value()))
			.withChanges(List.of(new FieldChange("registrationStatus", null, "CONFIRMED"))));
	}

	@EventListener
	void on(RegistrationWaitlisted e) {
		writer.append(NewEntry.of(PUBLIC, "REGISTERED", REGISTRATION, e.registrationId(), null, summary(e.eventCode().value(),
				e.sessionId().value(), e.ticket().value()))
			.withChanges(List.of(new FieldChange("registrationStatus", null, "WAITLISTED"),
					new FieldChange("waitlistPosition", null, String.valueOf(e.position())))));
	}

	@EventListener
	void on(RegistrationPromoted e) {
		writer.append(NewEntry.of("system", "PROMOTED", REGISTRATION, e.registrationId(), null, summary(e.eventCode().value(),
				e.sessionId().value(), e.ticket().value()))
			.withChanges(List.of(new FieldChange("registrationStatus", "WAITLISTED", "CONFIRMED"))));
	}

	@EventListener
	void on(RegistrationCancelled e) {
		writer.append(NewEntry.of(PUBLIC, "CANCELLED", REGISTRATION, e.registrationId(), null, summary(e.eventCode().value(),
				e.sessionId().value(), e.ticket().value()))
			.withChanges(List.of(new FieldChange("registrationStatus", e.was().name(), "CANCELLED"))));
	}

	@EventListener
	void on(TicketCheckedIn e) {
		writer.append(NewEntry.of(e.by(), "CHECKED_IN", REGISTRATION, e.registrationId(), null, summary(e.eventCode().value(),
				e.sessionId().value(), e.ticket().value()))
			.withChanges(List.of(new FieldChange("checkedInAt", null, e.at().toString()))));
	}

	@EventListener
	void on(RegistrantsAnonymised e) {
		writer.append(NewEntry.of("system", "ANONYMISED", REGISTRATION, "retention", null,
				e.count() + " / " + e.endedOnOrBefore() + " / " + e.retention()));
	}

	private static String summary(String event, long session, String ticket) {
		return event + " · session " + session + " · " + ticket;
	}
}
