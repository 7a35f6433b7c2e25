package id.canting.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

	final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);

	@Test
	void doublesTheWaitAfterEachFailedAttemptUpToTheCap() {
		assertThat(backoff.after(1)).contains(Duration.ofMinutes(1));
		assertThat(backoff.after(2)).contains(Duration.ofMinutes(2));
		assertThat(backoff.after(3)).contains(Duration.ofMinutes(4));
		assertThat(backoff.after(4)).contains(Duration.ofMinutes(8));
		assertThat(backoff.after(5)).contains(Duration.ofMinutes(10));
	}

	@Test
	void givesUpAfterTheLastAllowedAttempt() {
		assertThat(backoff.after(6)).isEmpty();
		assertThat(backoff.after(7)).isEmpty();
	}

	@Test
	void aLongRunOfFailuresNeverOverflowsTheWait() {
		Backoff patient = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), Integer.MAX_VALUE);
		assertThat(patient.after(1_000)).contains(Duration.ofHours(1));
	}

	@Test
	void refusesANonsensicalConfiguration() {
		assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void masksARecipientKeepingItsDomain() {
		assertThat(OutboxRetention.mask("sari.wulandari@example.id")).isEqualTo("s***@example.id");
	}
}
