package id.canting.event.registration.web;

import java.util.List;

import id.canting.event.registration.RegistrationFigures.EventFigures;

/** Registrations and attendance of an event, per session and in total. */
record AttendanceResponse(String eventCode, int registrations, int confirmed, int waitlisted, int attendance,
		List<Session> sessions) {

	record Session(long sessionId, int capacity, int confirmed, int waitlisted, int cancelled, int attended) {
	}

	static AttendanceResponse of(EventFigures f) {
		return new AttendanceResponse(f.event().value(), f.registrations(), f.confirmed(), f.waitlisted(),
				f.attendance(), f.sessions().stream().map(s -> new Session(s.sessionId().value(), s.capacity(),
						s.confirmed(), s.waitlisted(), s.cancelled(), s.attended())).toList());
	}
}
