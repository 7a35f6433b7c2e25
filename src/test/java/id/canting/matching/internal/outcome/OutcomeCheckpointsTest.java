package id.canting.matching.internal.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import id.canting.matching.OutcomeCheckpoint;

/** When each checkpoint of a held meeting opens (WIB local times, as the slots are). */
class OutcomeCheckpointsTest {

	static final LocalDateTime START = LocalDateTime.of(2024, 10, 3, 9, 0);
	static final LocalDateTime END = LocalDateTime.of(2024, 10, 3, 9, 20);

	@Test
	void afterTheMeetingOpensAtTheEndOfTheSlot() {
		assertThat(OutcomeCheckpoints.opensAt(OutcomeCheckpoint.AFTER_MEETING, START, END)).isEqualTo(END);
		assertThat(OutcomeCheckpoints.isOpen(OutcomeCheckpoint.AFTER_MEETING, START, END, END.minusMinutes(1))).isFalse();
		assertThat(OutcomeCheckpoints.isOpen(OutcomeCheckpoint.AFTER_MEETING, START, END, END)).isTrue();
	}

	@Test
	void monthlyCheckpointsOpenAtTheStartOfTheSameDayOneThreeAndSixMonthsLater() {
		assertThat(OutcomeCheckpoints.opensAt(OutcomeCheckpoint.MONTH_1, START, END)).isEqualTo(LocalDateTime.of(2024, 11, 3, 0, 0));
		assertThat(OutcomeCheckpoints.opensAt(OutcomeCheckpoint.MONTH_3, START, END)).isEqualTo(LocalDateTime.of(2025, 1, 3, 0, 0));
		assertThat(OutcomeCheckpoints.opensAt(OutcomeCheckpoint.MONTH_6, START, END)).isEqualTo(LocalDateTime.of(2025, 4, 3, 0, 0));
	}

	@Test
	void aDayMissingInTheLaterMonthOpensOnItsLastDay() {
		LocalDateTime start = LocalDateTime.of(2024, 1, 31, 10, 0);
		assertThat(OutcomeCheckpoints.opensAt(OutcomeCheckpoint.MONTH_1, start, start.plusMinutes(20)))
			.isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
	}

	@Test
	void openCheckpointsStayOpenAndTheLatestIsTheOneToRemindOf() {
		LocalDateTime fortyDaysOn = START.plusDays(40);
		assertThat(OutcomeCheckpoints.open(START, END, fortyDaysOn))
			.containsExactly(OutcomeCheckpoint.AFTER_MEETING, OutcomeCheckpoint.MONTH_1);
		assertThat(OutcomeCheckpoints.latestOpen(START, END, fortyDaysOn)).contains(OutcomeCheckpoint.MONTH_1);
		assertThat(OutcomeCheckpoints.latestOpen(START, END, START.plusMinutes(10))).isEmpty();
		assertThat(OutcomeCheckpoints.open(START, END, START.plusYears(1))).containsExactly(OutcomeCheckpoint.values());
	}
}
