package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Six-monthly due dates from the issue date, and when a visit is overdue. */
class SurveillanceScheduleTest {

	static final LocalDate ISSUED = LocalDate.of(2024, 1, 31);
	static final LocalDate UNTIL = LocalDate.of(2027, 1, 31);

	@Test
	void sixDueDatesInThreeYears() {
		assertThat(SurveillanceSchedule.dueDates(ISSUED, UNTIL)).containsExactly(LocalDate.of(2024, 7, 31),
				LocalDate.of(2025, 1, 31), LocalDate.of(2025, 7, 31), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 7, 31),
				LocalDate.of(2027, 1, 31));
	}

	@Test
	void theNextDueFollowsTheVisitsRecorded() {
		assertThat(SurveillanceSchedule.nextDue(ISSUED, UNTIL, 0)).isEqualTo(LocalDate.of(2024, 7, 31));
		assertThat(SurveillanceSchedule.nextDue(ISSUED, UNTIL, 2)).isEqualTo(LocalDate.of(2025, 7, 31));
		assertThat(SurveillanceSchedule.nextDue(ISSUED, UNTIL, 6)).isNull();
	}

	@Test
	void overdueTheDayAfterItsDueDate() {
		assertThat(SurveillanceSchedule.overdue(ISSUED, UNTIL, 0, LocalDate.of(2024, 7, 31))).isFalse();
		assertThat(SurveillanceSchedule.overdue(ISSUED, UNTIL, 0, LocalDate.of(2024, 8, 1))).isTrue();
		assertThat(SurveillanceSchedule.overdue(ISSUED, UNTIL, 1, LocalDate.of(2024, 8, 1))).isFalse();
		assertThat(SurveillanceSchedule.overdue(ISSUED, UNTIL, 6, LocalDate.of(2030, 1, 1))).isFalse();
	}
}
