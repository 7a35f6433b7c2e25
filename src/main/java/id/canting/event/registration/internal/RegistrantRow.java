package id.canting.event.registration.internal;

import java.time.Instant;

import id.canting.event.RegistrationStatus;

/** One registrant as the organisers' list and export show them (personal data: ADMIN only). */
public record RegistrantRow(long id, String ticketCode, long sessionId, RegistrationStatus status, String name,
		String email, String phone, String organisation, AgeGroup ageGroup, String language, Instant registeredAt,
		Instant checkedInAt, boolean anonymised) {
}
