package id.canting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A period in words, as the fact sheet and the exports dashboard print it. */
class PeriodLabelTest {

	static final Locale ID = Locale.forLanguageTag("id");

	@Test
	void namesARangeWithinAYearOnceWithItsYear() {
		assertThat(new Period(YearMonth.of(2024, 1), YearMonth.of(2024, 7)).label(ID))
			.isEqualTo("Januari\u2013Juli 2024");
		assertThat(new Period(YearMonth.of(2024, 1), YearMonth.of(2024, 7)).label(Locale.ENGLISH))
			.isEqualTo("January\u2013July 2024");
	}

	@Test
	void namesOneMonthAloneAndARangeAcrossYearsWithBothYears() {
		assertThat(new Period(YearMonth.of(2024, 7), YearMonth.of(2024, 7)).label(ID))
			.isEqualTo("Juli 2024");
		assertThat(new Period(YearMonth.of(2023, 12), YearMonth.of(2024, 2)).label(ID))
			.isEqualTo("Desember 2023\u2013Februari 2024");
	}
}
