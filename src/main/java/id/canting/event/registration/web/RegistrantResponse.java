package id.canting.event.registration.web;

import java.time.Instant;

import id.canting.event.RegistrationStatus;
import id.canting.event.registration.internal.AgeGroup;
import id.canting.event.registration.internal.RegistrantRow;

/** One registrant for the organisers, with their contact data (null once anonymised). */
record RegistrantResponse(String ticketCode, long sessionId, RegistrationStatus status, String name, String email,
		String phone, String organisation, AgeGroup ageGroup, String language, Instant registeredAt,
		Instant checkedInAt, boolean anonymised) {

	static RegistrantResponse of(RegistrantRow r) {
		return new RegistrantResponse(r.ticketCode(), r.sessionId(), r.status(), r.name(), r.email(), r.phone(),
				r.organisation(), r.ageGroup(), r.language(), r.registeredAt(), r.checkedInAt(), r.anonymised());
	}
}
