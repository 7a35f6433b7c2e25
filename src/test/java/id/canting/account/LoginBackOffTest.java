package id.canting.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.canting.account.LoginBackOff.Limit;
import id.canting.account.LoginBackOff.PairFailures;
import id.canting.account.LoginBackOff.Verdict;

/** The back-off rule alone, without Spring or a database, with the default settings. */
class LoginBackOffTest {

	static final Instant NOW = Instant.parse("2024-10-02T03:00:00Z");

	final LoginThrottleSettings defaults = new LoginThrottleSettings(3, Duration.ofSeconds(1), Duration.ofMinutes(15),
			Duration.ofHours(24), 10, Duration.ofMinutes(15), 20, Duration.ofHours(1), Duration.ofHours(24));
	final LoginBackOff rule = new LoginBackOff(defaults);

	@Test
	void threeFailuresAreFreeThenTheWaitDoublesFromOneSecondUpToFifteenMinutes() {
		List<Long> seconds = IntStream.rangeClosed(0, 16).mapToObj(n -> rule.delayAfter(n, false).toSeconds()).toList();
		assertThat(seconds).containsExactly(0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L, 900L);
		assertThat(rule.delayAfter(Integer.MAX_VALUE, false)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anAccountUnderAttackMakesEveryPairWaitFromItsFirstFailure() {
		assertThat(rule.delayAfter(0, true)).isZero();
		assertThat(rule.delayAfter(1, true)).isEqualTo(Duration.ofSeconds(1));
		assertThat(rule.delayAfter(3, true)).isEqualTo(Duration.ofSeconds(4));
		assertThat(rule.underAttack(19)).isFalse();
		assertThat(rule.underAttack(20)).isTrue();
	}

	@Test
	void aPairWithoutFailuresNeverWaitsWhateverHappensToTheAccount() {
		assertThat(rule.decide(PairFailures.NONE, List.of(), true, NOW)).isEqualTo(Verdict.GO);
		assertThat(rule.accountMatters(PairFailures.NONE)).as("no need to count the account's failures").isFalse();
	}

	@Test
	void aPairWaitsFromItsLatestFailureAndNotLonger() {
		PairFailures four = new PairFailures(4, NOW.minusMillis(500));
		Verdict verdict = rule.decide(four, List.of(NOW.minusMillis(500)), false, NOW);
		assertThat(verdict.limit()).isEqualTo(Limit.PAIR);
		assertThat(verdict.delay()).isEqualTo(Duration.ofMillis(1500));
		assertThat(verdict.retryAfterSeconds()).as("rounded up").isEqualTo(2);
		assertThat(rule.decide(four, List.of(), false, NOW.plusMillis(1500))).isEqualTo(Verdict.GO);
	}

	@Test
	void anAddressWithMoreThanTenFailingUsernamesIsRefusedUntilTheEleventhNewestLeavesTheWindow() {
		List<Instant> latest = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			latest.add(NOW.minus(Duration.ofMinutes(i)));
		}
		Verdict verdict = rule.decide(PairFailures.NONE, latest, false, NOW);
		assertThat(verdict.limit()).isEqualTo(Limit.ADDRESS);
		// the oldest of the eleven was ten minutes ago: five minutes until only ten remain
		assertThat(verdict.delay()).isEqualTo(Duration.ofMinutes(5));
		assertThat(rule.decide(PairFailures.NONE, latest.subList(0, 10), false, NOW)).isEqualTo(Verdict.GO);
	}

	@Test
	void failuresOlderThanTheAddressWindowDoNotCount() {
		List<Instant> latest = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			latest.add(NOW.minus(Duration.ofMinutes(15 + i)));
		}
		assertThat(rule.decide(PairFailures.NONE, latest, false, NOW)).isEqualTo(Verdict.GO);
	}

	@Test
	void theAddressLimitComesBeforeThePairs() {
		List<Instant> latest = IntStream.range(0, 12).mapToObj(i -> NOW).toList();
		Verdict verdict = rule.decide(new PairFailures(5, NOW), latest, false, NOW);
		assertThat(verdict.limit()).isEqualTo(Limit.ADDRESS);
		assertThat(verdict.delay()).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void settingsThatCannotWorkAreRefusedAtStart() {
		assertThatThrownBy(() -> new LoginThrottleSettings(3, Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(24),
				10, Duration.ofMinutes(15), 20, Duration.ofHours(1), Duration.ofHours(24)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginThrottleSettings(3, Duration.ofSeconds(1), Duration.ofMinutes(15),
				Duration.ofHours(24), 0, Duration.ofMinutes(15), 20, Duration.ofHours(1), Duration.ofHours(24)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(defaults.longestWindow()).isEqualTo(Duration.ofHours(24));
	}
}
