package id.canting.event.internal;

import java.time.LocalDateTime;

import id.canting.event.SessionKind;

/**
 * A session as organisers type it, before {@link EventRules} checked it. {@code startsAt} and
 * {@code endsAt} are local times in Asia/Jakarta; {@code capacity} may be null (then refused).
 */
public record SessionInput(SessionKind kind, String title, String titleEn, LocalDateTime startsAt,
		LocalDateTime endsAt, String room, Integer capacity, String audience, String speakers,
		Long programmeSessionId) {
}
