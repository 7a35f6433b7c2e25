package id.canting.event.web;

import java.time.OffsetDateTime;

import id.canting.event.SessionView;
import id.canting.event.internal.EventManagement;

/**
 * A session as the API shows it: {@code startsAt} and {@code endsAt} are times in Asia/Jakarta (WIB),
 * written with its offset ({@code 2024-10-03T09:00:00+07:00}); {@code programmeSessionId} is the linked
 * programme training session, null when not linked.
 */
record SessionResponse(long id, String eventCode, String kind, String title, String titleEn, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String room, int capacity, String audience, String speakers, Long programmeSessionId,
		int version) {

	static SessionResponse of(SessionView s) {
		return new SessionResponse(s.id().value(), s.eventCode().value(), s.kind().name(), s.title(), s.titleEn(),
				wib(s.startsAt()), wib(s.endsAt()), s.room(), s.capacity(), s.audience(), s.speakers(), s.programmeSessionId(),
				s.version());
	}

	private static OffsetDateTime wib(java.time.LocalDateTime local) {
		return local.atZone(EventManagement.WIB).toOffsetDateTime();
	}
}
