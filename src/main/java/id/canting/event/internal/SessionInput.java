package id.canting.event.internal;

/**
 * A session as organisers type it, before {@link EventRules} checked it: the kind as its code
 * ({@code WORKSHOP}), {@code startsAt} and {@code endsAt} as local times in Asia/Jakarta written
 * {@code 2024-10-03T09:00} (as a browser's date-and-time field sends them), {@code capacity} null when
 * not given.
 */
public record SessionInput(String kind, String title, String titleEn, String startsAt, String endsAt, String room,
		Integer capacity, String audience, String speakers, Long programmeSessionId) {
}
