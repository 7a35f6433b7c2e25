package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Amounts of rupiah and days as people type them: the one rule each for every form. */
class InputFormattersTest {

	static final RupiahFormatter RUPIAH = new RupiahFormatter("programme.application.validation.amount");

	@Test
	void readsPlainIndonesianAndEnglishNotation() {
		assertThat(rupiah("25000000")).isEqualTo(25_000_000L);
		assertThat(rupiah("25.000.000")).isEqualTo(25_000_000L);
		assertThat(rupiah("Rp25.000.000")).isEqualTo(25_000_000L);
		assertThat(rupiah("Rp 12.500.000,00")).isEqualTo(12_500_000L);
		assertThat(rupiah(" IDR 1.000 ")).isEqualTo(1_000L);
		assertThat(rupiah("25,000,000")).isEqualTo(25_000_000L);
		assertThat(rupiah("25,000,000.00")).isEqualTo(25_000_000L);
	}

	@Test
	void refusesWhatIsNotAWholeAmountWithTheFieldsOwnMessageAndWhatWasTyped() {
		for (String typed : List.of("25 juta", "12.5", "25.000,50", "1.00.000", "-5", "Rp", "25.000.000,000", "1.2.3")) {
			assertThatThrownBy(() -> RUPIAH.parse(" " + typed + " ", Locale.ROOT)).as(typed)
				.isInstanceOfSatisfying(UnreadableInput.class, e -> {
					assertThat(e.messageKey()).isEqualTo("programme.application.validation.amount");
					assertThat(e.arguments()).containsExactly(typed);
				});
		}
	}

	@Test
	void printsTheAmountAsPlainDigits() {
		assertThat(RUPIAH.print(new TypedAmount(25_000_000L), Locale.ROOT)).isEqualTo("25000000");
	}

	@Test
	void readsADayAsADateFieldSendsItAndRefusesAnythingElseAsValidationDate() {
		DayFormatter days = new DayFormatter();
		assertThat(days.parse(" 2024-10-02 ", Locale.ROOT)).isEqualTo(LocalDate.of(2024, 10, 2));
		assertThat(days.print(LocalDate.of(2024, 3, 1), Locale.ROOT)).isEqualTo("2024-03-01");
		for (String typed : List.of("kemarin", "02/10/2024", "2024-02-30")) {
			assertThatThrownBy(() -> days.parse(typed, Locale.ROOT)).as(typed)
				.isInstanceOfSatisfying(UnreadableInput.class, e -> {
					assertThat(e.messageKey()).isEqualTo("validation.date");
					assertThat(e.arguments()).containsExactly(typed);
				});
		}
	}

	private static Long rupiah(String typed) {
		return RUPIAH.parse(typed, Locale.ROOT).value();
	}
}
