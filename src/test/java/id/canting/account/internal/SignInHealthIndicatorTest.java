package id.canting.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Ready to sign in only after the first accounts were made on this node and one of them is enabled. */
class SignInHealthIndicatorTest {

	@Test
	void notReadyWhileTheFirstAccountsAreBeingMadeEvenIfSomeAlreadyExist() {
		assertThat(new SignInHealthIndicator(() -> false, () -> 3).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void notReadyWithoutAnEnabledAccount() {
		assertThat(new SignInHealthIndicator(() -> true, () -> 0).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void downWhenTheDatabaseCannotBeRead() {
		var health = new SignInHealthIndicator(() -> true, () -> {
			throw new CannotGetJdbcConnectionException("database unreachable");
		}).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void readyOnceTheyExist() {
		var health = new SignInHealthIndicator(() -> true, () -> 6).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("enabledAccounts", 6L);
	}
}
