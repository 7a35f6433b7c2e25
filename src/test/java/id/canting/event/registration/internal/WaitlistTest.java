package id.canting.event.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaitlistTest {

	@Test
	void aRegistrationGetsASeatWhileFewerThanTheCapacityAreConfirmed() {
		assertThat(Waitlist.hasSeat(20, 0)).isTrue();
		assertThat(Waitlist.hasSeat(20, 19)).isTrue();
		assertThat(Waitlist.hasSeat(20, 20)).isFalse();
		// capacity lowered below the seats given: nobody loses a seat, new ones wait
		assertThat(Waitlist.hasSeat(10, 12)).isFalse();
	}

	@Test
	void seatsFreedOrAddedGoToAsManyWaitingAsFit() {
		assertThat(Waitlist.toPromote(20, 19, 5)).isEqualTo(1);
		assertThat(Waitlist.toPromote(30, 20, 5)).isEqualTo(5);
		assertThat(Waitlist.toPromote(30, 20, 15)).isEqualTo(10);
		assertThat(Waitlist.toPromote(20, 20, 5)).isZero();
		assertThat(Waitlist.toPromote(10, 12, 5)).isZero();
		assertThat(Waitlist.toPromote(20, 0, 0)).isZero();
	}
}
