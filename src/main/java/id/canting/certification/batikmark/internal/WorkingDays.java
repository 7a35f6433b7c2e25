package id.canting.certification.batikmark.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days in Indonesia: Monday to Friday, except national public holidays (the set given,
 * configured in table certification_holiday).
 */
public final class WorkingDays {

	private final Set<LocalDate> holidays;

	public WorkingDays(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

	/**
	 * The working days after {@code from} up to and including {@code to}: the day of payment itself
	 * does not count, the day of the decision does. Zero when {@code to} is not after {@code from}.
	 */
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}
}
