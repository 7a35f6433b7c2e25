package id.canting.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.shared.FieldViolation;

/** Amounts of rupiah as people type them. */
class RupiahInputTest {

	@Test
	void readsPlainIndonesianAndEnglishNotation() {
		assertThat(parse("25000000")).isEqualTo(25_000_000L);
		assertThat(parse("25.000.000")).isEqualTo(25_000_000L);
		assertThat(parse("Rp25.000.000")).isEqualTo(25_000_000L);
		assertThat(parse("Rp 12.500.000,00")).isEqualTo(12_500_000L);
		assertThat(parse(" IDR 1.000 ")).isEqualTo(1_000L);
		assertThat(parse("25,000,000")).isEqualTo(25_000_000L);
		assertThat(parse("25,000,000.00")).isEqualTo(25_000_000L);
	}

	@Test
	void nothingTypedIsNoAmountAndNoProblem() {
		List<FieldViolation> violations = new ArrayList<>();
		assertThat(RupiahInput.parse("amountIdr", "  ", violations)).isNull();
		assertThat(violations).isEmpty();
	}

	@Test
	void refusesWhatIsNotAWholeAmountNamingTheField() {
		for (String typed : List.of("25 juta", "12.5", "25.000,50", "1.00.000", "-5", "Rp", "25.000.000,000")) {
			List<FieldViolation> violations = new ArrayList<>();
			assertThat(RupiahInput.parse("amountIdr", typed, violations)).as(typed).isNull();
			assertThat(violations).as(typed).singleElement()
				.satisfies(v -> assertThat(v.field()).isEqualTo("amountIdr"))
				.satisfies(v -> assertThat(v.messageKey()).isEqualTo("programme.application.validation.amount"));
		}
	}

	private static Long parse(String typed) {
		List<FieldViolation> violations = new ArrayList<>();
		Long amount = RupiahInput.parse("amountIdr", typed, violations);
		assertThat(violations).as(typed).isEmpty();
		return amount;
	}
}
