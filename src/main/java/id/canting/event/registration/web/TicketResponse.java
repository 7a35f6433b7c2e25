package id.canting.event.registration.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import id.canting.event.RegistrationStatus;
import id.canting.event.registration.internal.RegistrationView;

/**
 * A ticket as its holder sees it: the code, the status, the waitlist position (null unless waitlisted),
 * the event and the session (times with their offset, +07:00 in Western Indonesian Time); the holder's
 * name (not the e-mail or phone).
 */
record TicketResponse(String ticketCode, RegistrationStatus status, Integer waitlistPosition, String eventCode,
		String eventName, long sessionId, String sessionTitle, OffsetDateTime startsAt, OffsetDateTime endsAt,
		String room, String name, Instant registeredAt, Instant checkedInAt, Instant cancelledAt) {

	static TicketResponse of(RegistrationView view) {
		var r = view.registration();
		var s = view.session();
		return new TicketResponse(r.ticket().value(), r.status(), view.waitlistPosition(), r.eventCode().value(),
				view.event() == null ? null : view.event().name(), r.sessionId().value(),
				s == null ? null : s.title(), wib(s == null ? null : s.startsAt()), wib(s == null ? null : s.endsAt()),
				s == null ? null : s.room(), r.name(), r.registeredAt(), r.checkedInAt(), r.cancelledAt());
	}

	private static OffsetDateTime wib(LocalDateTime time) {
		return time == null ? null : time.atZone(ZoneId.of("Asia/Jakarta")).toOffsetDateTime();
	}
}
