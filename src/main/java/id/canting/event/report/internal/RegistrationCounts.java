package id.canting.event.report.internal;

import java.util.List;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;

/**
 * What the dashboard needs from the registrations of an event: per session, how many registrations are
 * confirmed (checked in or not), waitlisted and cancelled, and how many were checked in. Implemented
 * over the registration room's {@code RegistrationFigures}; a port of its own so that tests can give an
 * event known figures (ReportFigureStubs).
 */
public interface RegistrationCounts {

	/** The counts of each session of the event that has any; sessions without registrations may be left out. */
	List<SessionCounts> of(EventCode event);

	/**
	 * One session's registrations. {@code confirmed} counts the seats taken (checked-in tickets
	 * included), {@code attended} the tickets checked in (a subset of confirmed).
	 */
	record SessionCounts(EventSessionId session, long confirmed, long waitlisted, long cancelled, long attended) {
	}
}
