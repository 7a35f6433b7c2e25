package id.canting.event.registration;

import java.util.List;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;

/**
 * Registrations and attendance of an event, per session and in total (for the event's summary and
 * dashboard). Counts only, no personal data.
 */
public interface RegistrationFigures {

	/** The figures of the event's sessions that have registrations or seats (zeros for an unknown event). */
	EventFigures figures(EventCode event);

	/**
	 * One session's figures: {@code confirmed} holds a seat (checked in or not), {@code waitlisted}
	 * waits, {@code cancelled} gave up, {@code attended} was checked in.
	 */
	record SessionFigures(EventSessionId sessionId, int capacity, int confirmed, int waitlisted, int cancelled,
			int attended) {

		/** Registrations that still count (seats and waitlist). */
		public int registrations() {
			return confirmed + waitlisted;
		}
	}

	/** An event's figures: the sessions' and their sums. */
	record EventFigures(EventCode event, List<SessionFigures> sessions) {

		public int registrations() {
			return sessions.stream().mapToInt(SessionFigures::registrations).sum();
		}

		public int confirmed() {
			return sessions.stream().mapToInt(SessionFigures::confirmed).sum();
		}

		public int waitlisted() {
			return sessions.stream().mapToInt(SessionFigures::waitlisted).sum();
		}

		public int attendance() {
			return sessions.stream().mapToInt(SessionFigures::attended).sum();
		}
	}
}
