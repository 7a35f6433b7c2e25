package id.canting.event;

import java.time.LocalDateTime;

/**
 * One session of an event as other modules and the pages read it. Times are local times in Western
 * Indonesian Time (Asia/Jakarta). {@code titleEn} and {@code audience} may be null; {@code audience}
 * is free text such as "Pemuda 15–30 tahun". {@code programmeSessionId} links the session to a
 * development programme's training session (programme.participation), so that attendance counts there
 * too; null when not linked.
 */
public record SessionView(EventSessionId id, EventCode eventCode, SessionKind kind, String title, String titleEn,
		LocalDateTime startsAt, LocalDateTime endsAt, String room, int capacity, String audience, String speakers,
		Long programmeSessionId, int version) {

	/** The title in the reader's language: English when asked for and given, otherwise Indonesian. */
	public String title(boolean english) {
		return english && titleEn != null && !titleEn.isBlank() ? titleEn : title;
	}

	/** Whether the session has started at {@code now} (local time in Asia/Jakarta). */
	public boolean hasStartedAt(LocalDateTime now) {
		return !now.isBefore(startsAt);
	}
}
