package id.canting.event;

import java.time.LocalDate;

/**
 * The retention job blanked the personal data of {@code count} registrations of events that ended
 * on or before {@code endedOnOrBefore} (one event per run, however many registrations).
 */
public record RegistrantsAnonymised(int count, LocalDate endedOnOrBefore, String retention) {
}
