package id.canting.event;

/**
 * Where a registration stands: CONFIRMED holds a seat, WAITLISTED waits for one (first come, first
 * promoted), CANCELLED gave it up. A checked-in ticket stays CONFIRMED with its check-in time.
 */
public enum RegistrationStatus {
	CONFIRMED, WAITLISTED, CANCELLED
}
