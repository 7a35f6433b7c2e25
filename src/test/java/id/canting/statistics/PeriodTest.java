package id.canting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import id.canting.shared.InvalidInputException;

class PeriodTest {

	static final Clock AUGUST_2024 = Clock.fixed(Instant.parse("2024-08-15T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void readsEveryFormat() {
		assertThat(parse("2024-07")).isEqualTo(period("2024-07", "2024-07"));
		assertThat(parse("2024-Q3")).isEqualTo(period("2024-07", "2024-09"));
		assertThat(parse("2024-q1")).isEqualTo(period("2024-01", "2024-03"));
		assertThat(parse("2024-S1")).isEqualTo(period("2024-01", "2024-06"));
		assertThat(parse("2024-S2")).isEqualTo(period("2024-07", "2024-12"));
		assertThat(parse("2024")).isEqualTo(period("2024-01", "2024-12"));
		assertThat(parse("ytd")).isEqualTo(period("2024-01", "2024-08"));
		assertThat(parse("2023-YTD")).isEqualTo(period("2023-01", "2023-08"));
		assertThat(parse("2024-01..2024-07")).isEqualTo(period("2024-01", "2024-07"));
		assertThat(parse(" 2023-11..2024-02 ")).isEqualTo(period("2023-11", "2024-02"));
	}

	@Test
	void fromAndToAreAnAlternative() {
		assertThat(Period.of(null, "2024-01", "2024-07", AUGUST_2024)).isEqualTo(period("2024-01", "2024-07"));
		assertThat(Period.of("", "", "", AUGUST_2024)).isNull();
		assertThat(Period.of("2024", null, null, AUGUST_2024)).isEqualTo(period("2024-01", "2024-12"));
	}

	@Test
	void comparesWithTheSameMonthsAYearEarlier() {
		Period period = parse("2023-11..2024-02");
		assertThat(period.previousYear()).isEqualTo(period("2022-11", "2023-02"));
		assertThat(period.months()).isEqualTo(4);
		assertThat(period.toString()).isEqualTo("2023-11..2024-02");
		assertThat(parse("2024-07").toString()).isEqualTo("2024-07");
		assertThat(period.contains(YearMonth.of(2024, 1))).isTrue();
		assertThat(period.contains(YearMonth.of(2024, 3))).isFalse();
	}

	@Test
	void refusesMalformedPeriodsNamingTheParameterAndTheFormats() {
		for (String bad : new String[] { "2024-13", "2024-00", "2024-Q5", "2024-S3", "24", "2024-7", "July 2024",
				"2024-01..", "..2024-07", "2024-01..2024-13", "1900", "" }) {
			InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> parse(bad));
			assertThat(e).as(bad).isNotNull();
			assertThat(e.violations()).as(bad).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("period");
				assertThat(v.messageKey()).isEqualTo("validation.period.format");
				assertThat(v.arguments()).containsExactly(Period.FORMATS);
			});
		}
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> parse("2024-07..2024-01"));
		assertThat(e.violations()).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("period");
			assertThat(v.messageKey()).isEqualTo("validation.period.to-before-from");
		});
		e = catchThrowableOfType(InvalidInputException.class, () -> Period.of(null, "2024-07", "2024-01", AUGUST_2024));
		assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey())
			.containsExactly("to:validation.period.to-before-from");
	}

	@Test
	void refusesABadOrMissingMonthInFromOrTo() {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> Period.of(null, "2024-1", "2024-07", AUGUST_2024));
		assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey()).containsExactly("from:validation.month");
		e = catchThrowableOfType(InvalidInputException.class, () -> Period.of(null, "2024-01", null, AUGUST_2024));
		assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey()).containsExactly("to:validation.required");
		e = catchThrowableOfType(InvalidInputException.class, () -> Period.of("2024", "2024-01", null, AUGUST_2024));
		assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey()).containsExactly("period:validation.period.both");
	}

	private static Period parse(String text) {
		return Period.parse(text, AUGUST_2024);
	}

	private static Period period(String from, String to) {
		return new Period(YearMonth.parse(from), YearMonth.parse(to));
	}
}
