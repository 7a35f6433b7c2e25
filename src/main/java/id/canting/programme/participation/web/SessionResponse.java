package id.canting.programme.participation.web;

import java.time.LocalDate;

import id.canting.programme.participation.internal.ProgrammeSession;

/** A session as the API and pages show it; {@code held} says whether it has taken place (and counts). */
record SessionResponse(int number, LocalDate heldOn, String topic, String place, boolean held) {

	static SessionResponse of(ProgrammeSession session, LocalDate today) {
		return new SessionResponse(session.number(), session.heldOn(), session.topic(), session.place(),
				session.isHeldBy(today));
	}
}
