package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Working days counted by hand across weekends and national holidays. */
class WorkingDaysTest {

	// the national holidays of V18 around the examples
	static final WorkingDays DAYS = new WorkingDays(Set.of(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 4, 11),
			LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 23), LocalDate.of(2025, 12, 25),
			LocalDate.of(2026, 1, 1)));

	@Test
	void idulFitriWeekSkipsTheTwoHolidaysAndTheWeekends() {
		// paid Fri 5 Apr 2024; Mon 8, Tue 9, (Wed 10, Thu 11 Idul Fitri), Fri 12, Mon 15 .. Fri 19
		assertThat(DAYS.between(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 19))).isEqualTo(8);
	}

	@Test
	void christmasAndNewYearAcrossTheYearEnd() {
		// paid Wed 24 Dec 2025; (Thu 25 Christmas), Fri 26, Mon 29, Tue 30, Wed 31, (Thu 1 Jan), Fri 2 Jan 2026
		assertThat(DAYS.between(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 2))).isEqualTo(5);
	}

	@Test
	void thePaymentDayItselfDoesNotCountTheDecisionDayDoes() {
		assertThat(DAYS.between(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4))).isZero();
		assertThat(DAYS.between(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5))).isEqualTo(1);
		// Saturday and Sunday are no working days
		assertThat(DAYS.between(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 10))).isZero();
	}

	@Test
	void thirtyOneWorkingDaysAreOverTheServiceLevel() {
		// paid Mon 22 Apr 2024: 23 Apr .. 31 May has 6 + 23 = 29 weekdays, less 1, 9 and 23 May = 26;
		// + Mon 3 .. Thu 6 June = 30, Fri 7 June = 31
		LocalDate paid = LocalDate.of(2024, 4, 22);
		assertThat(DAYS.between(paid, LocalDate.of(2024, 5, 31))).isEqualTo(26);
		assertThat(DAYS.between(paid, LocalDate.of(2024, 6, 6))).isEqualTo(30);
		assertThat(new ServiceLevel(DAYS.between(paid, LocalDate.of(2024, 6, 6)), 30, true).overdue()).isFalse();
		assertThat(new ServiceLevel(DAYS.between(paid, LocalDate.of(2024, 6, 7)), 30, true).overdue()).isTrue();
		assertThat(new ServiceLevel(null, 30, false).overdue()).isFalse();
	}
}
