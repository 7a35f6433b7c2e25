/**
 * Registrations of the public (no account) for an event's sessions: seats and the waitlist, tickets
 * with a QR code, cancellation, check-in by staff, attendance, and the retention of registrants'
 * personal data. Other modules read {@link id.canting.event.registration.RegistrationFigures} and react
 * to the published events ({@link id.canting.event.RegistrationConfirmed}, …).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event registrations")
package id.canting.event.registration;
