package id.canting.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

	private static Cell number(String value) {
		return Cell.number(new BigDecimal(value));
	}

	/** A cell formatted as a date, with the serial number spreadsheets store for it. */
	private static Cell date(int year, int month, int day, int serial) {
		LocalDateTime date = LocalDateTime.of(year, month, day, 0, 0);
		return Cell.date(date, BigDecimal.valueOf(serial), date.toLocalDate().toString());
	}

	@Test
	void textNormalisesEveryKindOfSpace() {
		assertThat(CellValues.text(Cell.text("\u00A0Batik\u2007 Sido\tMukti\u202F "))).isEqualTo("Batik Sido Mukti");
		assertThat(CellValues.text(Cell.text("\uFEFFKain\u200B"))).isEqualTo("Kain");
		assertThat(CellValues.text(Cell.text(" \u00A0\t"))).isNull();
		assertThat(CellValues.text(Cell.BLANK)).isNull();
		assertThat(CellValues.text((Cell) null)).isNull();
	}

	@Test
	void textKeepsLineBreaksSoThatAnAddressOnTwoLinesRoundTrips() {
		assertThat(CellValues.text(Cell.text("Jl. Kauman No. 5 \r\n RT 02/RW 03\n"))).isEqualTo("Jl. Kauman No. 5\nRT 02/RW 03");
		assertThat(CellValues.text(Cell.text("Jl. Kauman\r\rRT 02"))).isEqualTo("Jl. Kauman\n\nRT 02");
	}

	@Test
	void textTakesOffTheQuoteAnExportPutBeforeAFormula() {
		assertThat(CellValues.text(Cell.text("'=SUM(A1)"))).isEqualTo("=SUM(A1)");
		assertThat(CellValues.text(Cell.text("'+62 812"))).isEqualTo("+62 812");
		assertThat(CellValues.text(Cell.text("'\tx"))).isEqualTo("x");
		assertThat(CellValues.text(Cell.text("Rumah 'Batik'"))).isEqualTo("Rumah 'Batik'");
	}

	@Test
	void textOfANumericCellIsItsPlainDigits() {
		assertThat(CellValues.text(number("1250.50"))).isEqualTo("1250.5");
		assertThat(CellValues.text(number("9.12E+12"))).isEqualTo("9120000000000");
	}

	@Test
	void itemsSplitOnEverySeparatorOfficialsUse() {
		assertThat(CellValues.items(Cell.text("Kain, Pakaian;Aksesori fesyen | Lainnya/Tulis\nCap"))).containsExactly("Kain",
				"Pakaian", "Aksesori fesyen", "Lainnya", "Tulis", "Cap");
		assertThat(CellValues.items(Cell.text(" , Tulis\u00A0(hand-drawn) ,, "))).containsExactly("Tulis (hand-drawn)");
		assertThat(CellValues.items(Cell.BLANK)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "123456789012, 0123456789012", "9120001234567, 9120001234567", "12345, 12345" })
	void nibTypedAsANumberGetsBackItsLeadingZero(String typed, String nib) throws CellProblem {
		assertThat(CellValues.nib(number(typed))).isEqualTo(nib);
	}

	@Test
	void nibAsTextIsKeptAndAShortenedOneIsAProblem() throws CellProblem {
		assertThat(CellValues.nib(Cell.text(" 0123456789012 "))).isEqualTo("0123456789012");
		assertThatThrownBy(() -> CellValues.nib(Cell.text("9.12E+12"))).isInstanceOfSatisfying(CellProblem.class, p -> {
			assertThat(p.messageKey()).isEqualTo("import.cell.scientific");
			assertThat(p.arguments()).containsExactly("9.12E+12");
		});
		assertThatThrownBy(() -> CellValues.nib(Cell.text("9,12346E+12"))).isInstanceOf(CellProblem.class);
	}

	@ParameterizedTest
	@CsvSource({ "81234567812, 081234567812", "6281234567812, +6281234567812", "812345678, 0812345678",
			"2112345678, 2112345678", "622123456, 622123456" })
	void phoneTypedAsANumberGetsBackItsZeroOrPlus(String typed, String phone) {
		assertThat(CellValues.phone(number(typed))).isEqualTo(phone);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "+62 812-3456-7812|+62 812-3456-7812", "81234567812|081234567812",
			"081234567812|081234567812", "6281234567812|6281234567812", "(0285) 123456|(0285) 123456", "8123|8123" })
	void phoneAsTextIsKeptExceptAMobileNumberWithoutItsZero(String typed, String phone) {
		assertThat(CellValues.phone(Cell.text(typed))).isEqualTo(phone);
	}

	@ParameterizedTest
	@CsvSource({ "33.1, 33.10", "33.01, 33.01", "33.26, 33.26", "3310, 33.10", "3326, 33.26" })
	void regencyCodeTypedAsANumberIsTheCodeItMustBe(String typed, String code) throws CellProblem {
		assertThat(CellValues.regencyCode(number(typed))).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "33.10|33.10", "33.1|33.10", "33,1|33.10", "33,26|33.26", "3310|33.10",
			"Kota Pekalongan|Kota Pekalongan", "33.26 KABUPATEN PEKALONGAN|33.26 KABUPATEN PEKALONGAN", "33|33" })
	void regencyCodeAsText(String typed, String code) throws CellProblem {
		assertThat(CellValues.regencyCode(Cell.text(typed))).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource({ "33", "33.105", "3.1", "331", "-33.1" })
	void regencyCodeANumberCannotBeSureOfIsAProblem(String typed) {
		assertThatThrownBy(() -> CellValues.regencyCode(number(typed))).isInstanceOfSatisfying(CellProblem.class,
				p -> assertThat(p.messageKey()).isEqualTo("import.code.ambiguous"));
	}

	@ParameterizedTest
	@CsvSource({ "5208.52, 5208.52", "6205.2, 6205.20", "52085200, 52085200", "6205.201, 6205.2010",
			"6205.2010, 6205.2010", "901.21, 0901.21", "9012110, 09012110" })
	void hsCodeTypedAsANumberGetsBackItsZeros(String typed, String code) throws CellProblem {
		assertThat(CellValues.hsCode(number(typed))).isEqualTo(code);
	}

	@Test
	void hsCodeAsTextIsKeptAndAnImpossibleNumberIsAProblem() throws CellProblem {
		assertThat(CellValues.hsCode(Cell.text("6205.20.10"))).isEqualTo("6205.20.10");
		assertThatThrownBy(() -> CellValues.hsCode(number("62.0520"))).isInstanceOf(CellProblem.class);
		assertThatThrownBy(() -> CellValues.hsCode(number("6205.20101"))).isInstanceOf(CellProblem.class);
	}

	@Test
	void yearFromNumbersTextAndDates() throws CellProblem {
		assertThat(CellValues.year(number("2015"))).isEqualTo(2015);
		assertThat(CellValues.year(Cell.text("2015"))).isEqualTo(2015);
		assertThat(CellValues.year(Cell.text("2015.0"))).isEqualTo(2015);
		assertThat(CellValues.year(Cell.text("12/03/2015"))).isEqualTo(2015);
		assertThat(CellValues.year(Cell.text("2015-03-12"))).isEqualTo(2015);
		assertThat(CellValues.year(Cell.text("Maret 2015"))).isEqualTo(2015);
		assertThat(CellValues.year(Cell.BLANK)).isNull();
	}

	@Test
	void yearTypedIntoADateFormattedCellIsTheYearTyped() throws CellProblem {
		// 2015 in a date-formatted column is day 2015 after 1899-12-30: shown as 1905-07-07
		assertThat(CellValues.year(date(1905, 7, 7, 2015))).isEqualTo(2015);
		assertThat(CellValues.year(date(2015, 3, 12, 42075))).isEqualTo(2015);
	}

	@ParameterizedTest
	@CsvSource({ "dua ribu", "2015.5", "2015 atau 2016" })
	void yearThatIsNoYearIsAProblem(String typed) {
		assertThatThrownBy(() -> CellValues.year(Cell.text(typed))).isInstanceOfSatisfying(CellProblem.class,
				p -> assertThat(p.messageKey()).isEqualTo("import.cell.year"));
	}

	@Test
	void yearWithAFractionIsAProblem() {
		assertThatThrownBy(() -> CellValues.year(number("2015.5"))).isInstanceOf(CellProblem.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2024-07|2024-07", "2024-7|2024-07", "2024/07|2024-07", "7/2024|2024-07",
			"07-2024|2024-07", "Juli 2024|2024-07", "July 2024|2024-07", "Jul 2024|2024-07", "jul-2024|2024-07",
			"Agustus 2024|2024-08", "Des 2024|2024-12", "Mei 2024|2024-05", "May 2024|2024-05", "13/7/2024|2024-07",
			"7/13/2024|2024-07", "7/7/2024|2024-07", "2024-07-01|2024-07", "Juli|Juli", "2024-13|2024-13",
			"bulan tujuh|bulan tujuh" })
	void monthFromText(String typed, String month) throws CellProblem {
		assertThat(CellValues.month(Cell.text(typed))).isEqualTo(month);
	}

	@Test
	void monthOfADateCell() throws CellProblem {
		assertThat(CellValues.month(date(2024, 7, 1, 45474))).isEqualTo("2024-07");
	}

	@Test
	void monthWhoseDayAndMonthCanBeSwappedIsAProblemNamingBothReadings() {
		assertThatThrownBy(() -> CellValues.month(Cell.text("1/7/2024"))).isInstanceOfSatisfying(CellProblem.class, p -> {
			assertThat(p.messageKey()).isEqualTo("import.cell.month.ambiguous");
			assertThat(p.arguments()).containsExactly("1/7/2024", "2024-07", "2024-01");
		});
		assertThatThrownBy(() -> CellValues.month(Cell.text("01-07-2024"))).isInstanceOf(CellProblem.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2024-S1|2024-S1", "2024-s2|2024-S2", "2024 S1|2024-S1", "S1 2024|2024-S1",
			"2024/1|2024-S1", "2024/2|2024-S2", "Semester 1 2024|2024-S1", "Semester II 2024|2024-S2",
			"semester 2/2024|2024-S2", "2024 Semester I|2024-S1", "2024-S3|2024-S3", "S1|S1" })
	void semesterFromTheWaysOfficialsWriteIt(String typed, String semester) {
		assertThat(CellValues.semester(Cell.text(typed))).isEqualTo(semester);
	}
}
