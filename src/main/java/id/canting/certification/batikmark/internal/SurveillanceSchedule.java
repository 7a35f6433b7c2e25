package id.canting.certification.batikmark.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Surveillance every six months from the day of issue, while the certificate is valid: due dates
 * issue + 6 months, + 12 months and so on, up to its validity. The n-th due date is met once n visits
 * are recorded.
 */
public final class SurveillanceSchedule {

	public static final int MONTHS = 6;

	private SurveillanceSchedule() {
	}

	public static List<LocalDate> dueDates(LocalDate issuedOn, LocalDate validUntil) {
		List<LocalDate> due = new ArrayList<>();
		for (int n = 1; !issuedOn.plusMonths((long) MONTHS * n).isAfter(validUntil); n++) {
			due.add(issuedOn.plusMonths((long) MONTHS * n));
		}
		return due;
	}

	/** The next due date after {@code visits} recorded visits, or null when none is left. */
	public static LocalDate nextDue(LocalDate issuedOn, LocalDate validUntil, int visits) {
		List<LocalDate> due = dueDates(issuedOn, validUntil);
		return visits < due.size() ? due.get(visits) : null;
	}

	/** Whether a visit is overdue today: the next due date passed. */
	public static boolean overdue(LocalDate issuedOn, LocalDate validUntil, int visits, LocalDate today) {
		LocalDate next = nextDue(issuedOn, validUntil, visits);
		return next != null && next.isBefore(today);
	}
}
