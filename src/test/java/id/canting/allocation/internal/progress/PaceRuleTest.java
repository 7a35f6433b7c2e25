package id.canting.allocation.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.canting.allocation.internal.progress.PaceRule.Pace;

/** The pace rule on figures worked by hand. */
class PaceRuleTest {

	static final LocalDate START = LocalDate.of(2025, 1, 1);
	static final LocalDate DUE = LocalDate.of(2025, 3, 2); // 60 days after the start

	@Test
	void projectsTheAverageDailyRateOverTheDaysLeft() {
		// 20 days in, 2,000 made: 100 a day; 40 days left: 2,000 + 4,000 = 6,000
		Pace pace = PaceRule.of(6_000, 2_000, START, DUE, START.plusDays(20));
		assertThat(pace.daysElapsed()).isEqualTo(20);
		assertThat(pace.daysLeft()).isEqualTo(40);
		assertThat(pace.dailyRate()).isEqualTo(100.0);
		assertThat(pace.projected()).isEqualTo(6_000);
		assertThat(pace.behind()).isFalse();
	}

	@Test
	void isBehindWhenTheProjectionFallsShortByMoreThanTheTolerance() {
		// 1,500 in 20 days: 75 a day, projected 1,500 + 3,000 = 4,500 of 6,000 (25 % short)
		Pace pace = PaceRule.of(6_000, 1_500, START, DUE, START.plusDays(20));
		assertThat(pace.projected()).isEqualTo(4_500);
		assertThat(pace.shortfall()).isEqualTo(1_500);
		assertThat(pace.behind()).isTrue();
	}

	@Test
	void toleratesAShortfallOfFivePercentButNotMore() {
		// 95 a day for 20 days, 40 left: 1,900 + 3,800 = 5,700 = exactly 95 % of 6,000: kept
		assertThat(PaceRule.of(6_000, 1_900, START, DUE, START.plusDays(20)).behind()).isFalse();
		// one unit less a day on average is below 95 %
		assertThat(PaceRule.of(6_000, 1_899, START, DUE, START.plusDays(20)).behind()).isTrue();
	}

	@Test
	void judgesNobodyInTheGraceDays() {
		assertThat(PaceRule.of(6_000, 0, START, DUE, START.plusDays(PaceRule.GRACE_DAYS - 1)).behind()).isFalse();
		assertThat(PaceRule.of(6_000, 0, START, DUE, START.plusDays(PaceRule.GRACE_DAYS)).behind()).isTrue();
	}

	@Test
	void aProducerThatMadeItsWholeQuantityIsNeverBehind() {
		Pace pace = PaceRule.of(6_000, 6_000, START, DUE, DUE.plusDays(5));
		assertThat(pace.behind()).isFalse();
		assertThat(pace.projected()).isEqualTo(6_000);
	}

	@Test
	void afterTheDueDateOnlyWhatWasMadeCounts() {
		Pace pace = PaceRule.of(6_000, 5_000, START, DUE, DUE.plusDays(3));
		assertThat(pace.daysLeft()).isZero();
		assertThat(pace.projected()).isEqualTo(5_000);
		assertThat(pace.behind()).isTrue();
	}

	@Test
	void aProducerAheadOfPaceIsProjectedAtItsQuantity() {
		Pace pace = PaceRule.of(6_000, 4_000, START, DUE, START.plusDays(20));
		assertThat(pace.projected()).isEqualTo(6_000);
		assertThat(pace.shortfall()).isZero();
	}
}
