package id.canting.event.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

	@Test
	void theWaysPeopleWriteOneNumberAreTheSameNumber() {
		assertThat(PhoneNumbers.normalise("0812-3456-7890")).isEqualTo("+6281234567890");
		assertThat(PhoneNumbers.normalise("+62 812 3456 7890")).isEqualTo("+6281234567890");
		assertThat(PhoneNumbers.normalise("6281234567890")).isEqualTo("+6281234567890");
		assertThat(PhoneNumbers.normalise("81234567890")).isEqualTo("+6281234567890");
		assertThat(PhoneNumbers.normalise("(021) 525-5509")).isEqualTo("+62215255509");
	}

	@Test
	void whatIsNoIndonesianNumberIsRefused() {
		assertThat(PhoneNumbers.normalise("12345")).isNull();
		assertThat(PhoneNumbers.normalise("+1 555 123 4567")).isNull();
		assertThat(PhoneNumbers.normalise("0812-abc")).isNull();
		assertThat(PhoneNumbers.normalise("00812345678")).isNull();
	}
}
