package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Days, times and months are written one way, in the reader's language and on the WIB clock. */
class DatesTest {

	static final Locale ID = Locale.forLanguageTag("id");

	/** 5 December 2026 20:18 UTC is already 6 December 03:18 in Jakarta. */
	static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-05T20:18:00Z");

	final Dates dates = new Dates();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aMomentIsShownOnTheWibClockWithWibNamed() {
		assertThat(Dates.dateTime(LATE_EVENING_UTC, ID)).isEqualTo("6 Desember 2026 03:18 WIB");
		assertThat(Dates.dateTime(LATE_EVENING_UTC, Locale.ENGLISH)).isEqualTo("6 December 2026 03:18 WIB");
		assertThat(Dates.dateTime(OffsetDateTime.parse("2026-12-05T20:18:00Z"), ID)).isEqualTo("6 Desember 2026 03:18 WIB");
	}

	@Test
	void theDayOfAMomentIsItsDayInJakarta() {
		assertThat(Dates.date(LATE_EVENING_UTC, ID)).isEqualTo("6 Desember 2026");
	}

	@Test
	void aDayIsWrittenDayMonthYearInBothLanguages() {
		assertThat(Dates.date(LocalDate.of(2024, 10, 2), ID)).isEqualTo("2 Oktober 2024");
		assertThat(Dates.date(LocalDate.of(2024, 10, 2), Locale.ENGLISH)).isEqualTo("2 October 2024");
		// a day has no time of day to show
		assertThat(Dates.dateTime(LocalDate.of(2024, 10, 2), ID)).isEqualTo("2 Oktober 2024");
	}

	@Test
	void aMonthIsNamedNotNumbered() {
		assertThat(Dates.month(YearMonth.of(2024, 1), ID)).isEqualTo("Januari 2024");
		assertThat(Dates.month(YearMonth.of(2024, 1), Locale.ENGLISH)).isEqualTo("January 2024");
		assertThat(Dates.month("2024-08", ID)).isEqualTo("Agustus 2024");
		assertThat(Dates.month("Q1 2024", ID)).isEqualTo("Q1 2024");
	}

	@Test
	void pagesUseTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.dateTime(LATE_EVENING_UTC)).isEqualTo("6 December 2026 03:18 WIB");
		assertThat(dates.month(YearMonth.of(2024, 1))).isEqualTo("January 2024");
		LocaleContextHolder.setLocale(ID);
		assertThat(dates.date(LocalDate.of(2026, 12, 6))).isEqualTo("6 Desember 2026");
	}

	@Test
	void nothingIsShownForNoDate() {
		assertThat(dates.date(null)).isEmpty();
		assertThat(dates.dateTime(null)).isEmpty();
		assertThat(dates.month(null)).isEmpty();
	}

	@Test
	void aValueThatIsNoDateIsAMistake() {
		assertThatIllegalArgumentException().isThrownBy(() -> dates.date("2024-10-02"));
	}

	@Test
	void aSemesterIsReadAsItsNumberAndYear() {
		assertThat(dates.semester("2024-S1")).isEqualTo("Semester 1 2024");
		assertThat(dates.semester("2025-S2")).isEqualTo("Semester 2 2025");
		assertThat(dates.semester("kemarin")).isEqualTo("kemarin");
		assertThat(dates.semester(null)).isEmpty();
	}
}
