package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The service-level clock flags work to hurry: pending and over the limit, never a decided application. */
class ServiceLevelTest {

	@Test
	void aPendingApplicationOverTheLimitIsFlagged() {
		ServiceLevel level = new ServiceLevel(31, 30, true);
		assertThat(level.overdue()).isTrue();
		assertThat(level.overdueWhilePending()).isTrue();
	}

	@Test
	void aDecidedApplicationThatTookTooLongIsNotFlagged() {
		ServiceLevel level = new ServiceLevel(45, 30, false);
		assertThat(level.overdue()).as("it did take too long").isTrue();
		assertThat(level.overdueWhilePending()).isFalse();
	}

	@Test
	void withinTheLimitOrBeforePaymentNothingIsFlagged() {
		assertThat(new ServiceLevel(30, 30, true).overdueWhilePending()).isFalse();
		assertThat(new ServiceLevel(null, 30, false).overdueWhilePending()).isFalse();
	}
}
