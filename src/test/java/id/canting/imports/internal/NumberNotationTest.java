package id.canting.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.canting.imports.internal.NumberNotation.Notation;

class NumberNotationTest {

	private static Notation columnOf(String... texts) {
		NumberNotation.Column column = new NumberNotation.Column();
		Stream.of(texts).map(Cell::text).forEach(column::see);
		return column.notation();
	}

	private static BigDecimal read(String text, Notation column) throws CellProblem {
		return NumberNotation.read(Cell.text(text), column);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,5|INDONESIAN", "1.250,50|INDONESIAN", "1.250.000|INDONESIAN",
			"1.250,5|INDONESIAN", "0,250|INDONESIAN", "1,2500|INDONESIAN", "Rp 1.500.000,-|INDONESIAN",
			"1,250,000|ENGLISH", "1.5|ENGLISH", "1250.75|ENGLISH", "1,250.00|ENGLISH", "1250.750|ENGLISH",
			"USD 1,250.5|ENGLISH", "1.250|UNDECIDED", "1,250|UNDECIDED", "1250|UNDECIDED", "-3|UNDECIDED",
			"abc|UNDECIDED" })
	void oneValueShowsItsNotationOrNot(String text, Notation notation) {
		assertThat(columnOf(text)).isEqualTo(notation);
	}

	@Test
	void columnIsDecidedByTheValuesThatShowTheirNotation() {
		assertThat(columnOf("1.250", "500", "1.250.000")).isEqualTo(Notation.INDONESIAN);
		assertThat(columnOf("1,250", "500", "2.5")).isEqualTo(Notation.ENGLISH);
		assertThat(columnOf("1.250", "1,5", "2.5")).isEqualTo(Notation.MIXED);
		assertThat(columnOf("1.250", "500")).isEqualTo(Notation.UNDECIDED);
	}

	@Test
	void numericCellsSayNothingAboutTheColumnAndAreReadExactly() throws CellProblem {
		NumberNotation.Column column = new NumberNotation.Column();
		column.see(Cell.number(new BigDecimal("1.25")));
		assertThat(column.notation()).isEqualTo(Notation.UNDECIDED);
		assertThat(NumberNotation.read(Cell.number(new BigDecimal("1250000.50")), Notation.INDONESIAN))
			.isEqualByComparingTo("1250000.5");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1.250.000,50|1250000.50", "1,250,000.50|1250000.50", "1,250.00|1250.00",
			"Rp 1.500.000,-|1500000", "Rp. 1.500.000|1500000", "IDR 1.500.000|1500000", "US$ 1,250.5|1250.5",
			"1.500.000 IDR|1500000", "-1.250,5|-1250.5", "(1.250,5)|-1250.5", "Rp -1.250,5|-1250.5",
			"1\u00A0250\u00A0000|1250000", "1 250,5|1250.5", "1250|1250", "-3|-3", "0,5|0.5", "1.5|1.5" })
	void textIsReadByItsOwnEvidenceWhateverTheColumn(String text, String value) throws CellProblem {
		for (Notation column : Notation.values()) {
			assertThat(read(text, column)).as("%s in %s", text, column).isEqualByComparingTo(value);
		}
	}

	@Test
	void englishThousandsWithCentsAreNeverReadAsAFraction() throws CellProblem {
		assertThat(read("1,250.00", Notation.INDONESIAN)).isEqualByComparingTo("1250");
		assertThat(NumberNotation.whole(Cell.text("1,250.00"), Notation.UNDECIDED)).isEqualTo(1250L);
	}

	@Test
	void ambiguousValueIsReadByTheColumnsNotation() throws CellProblem {
		assertThat(read("1.250", Notation.INDONESIAN)).isEqualByComparingTo("1250");
		assertThat(read("1.250", Notation.ENGLISH)).isEqualByComparingTo("1.25");
		assertThat(read("1,250", Notation.INDONESIAN)).isEqualByComparingTo("1.25");
		assertThat(read("1,250", Notation.ENGLISH)).isEqualByComparingTo("1250");
		assertThat(read("-1.250", Notation.INDONESIAN)).isEqualByComparingTo("-1250");
	}

	@Test
	void ambiguousValueInAnUndecidedOrMixedColumnIsAProblemNamingBothReadings() {
		for (Notation column : new Notation[] { Notation.UNDECIDED, Notation.MIXED }) {
			assertThatThrownBy(() -> read("1.250", column)).isInstanceOfSatisfying(CellProblem.class, p -> {
				assertThat(p.messageKey()).isEqualTo("import.cell.number.ambiguous");
				assertThat(p.arguments()).containsExactly("1.250", "1250", "1.250", "1,250");
			});
		}
	}

	@Test
	void wholeNumberInAnUndecidedColumnTakesTheOnlyWholeReading() throws CellProblem {
		assertThat(NumberNotation.whole(Cell.text("1.250"), Notation.UNDECIDED)).isEqualTo(1250L);
		assertThat(NumberNotation.whole(Cell.text("1,250"), Notation.UNDECIDED)).isEqualTo(1250L);
		// 1 or 1000: both whole, so no reading wins
		assertThatThrownBy(() -> NumberNotation.whole(Cell.text("1.000"), Notation.UNDECIDED))
			.isInstanceOfSatisfying(CellProblem.class, p -> assertThat(p.messageKey()).isEqualTo("import.cell.number.ambiguous"));
		// a column with both notations refuses rather than guesses
		assertThatThrownBy(() -> NumberNotation.whole(Cell.text("1.250"), Notation.MIXED)).isInstanceOf(CellProblem.class);
		// a decided column reads it its way, and 1.25 workers is no whole number
		assertThatThrownBy(() -> NumberNotation.whole(Cell.text("1.250"), Notation.ENGLISH))
			.isInstanceOfSatisfying(CellProblem.class, p -> assertThat(p.messageKey()).isEqualTo("import.cell.whole"));
	}

	@Test
	void wholeRefusesFractionsAndAcceptsZeroCents() throws CellProblem {
		assertThat(NumberNotation.whole(Cell.text("1.500.000,00"), Notation.UNDECIDED)).isEqualTo(1500000L);
		assertThat(NumberNotation.whole(Cell.number(new BigDecimal("12.0")), Notation.UNDECIDED)).isEqualTo(12L);
		assertThatThrownBy(() -> NumberNotation.whole(Cell.number(new BigDecimal("12.5")), Notation.UNDECIDED))
			.isInstanceOfSatisfying(CellProblem.class, p -> assertThat(p.messageKey()).isEqualTo("import.cell.whole"));
		assertThatThrownBy(() -> NumberNotation.whole(Cell.text("99999999999999999999"), Notation.UNDECIDED))
			.isInstanceOfSatisfying(CellProblem.class, p -> assertThat(p.messageKey()).isEqualTo("import.cell.number"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "abc", "1.2.3", "1,25,000", "1.250,000.5", "12-3", "Rp", "1,", ",5",
			"1.250.00", "1,250.000,5" })
	void unreadableTextIsAProblem(String text) {
		assertThatThrownBy(() -> read(text, Notation.UNDECIDED)).isInstanceOfSatisfying(CellProblem.class,
				p -> assertThat(p.messageKey()).isEqualTo("import.cell.number"));
	}

	@Test
	void shortenedNumberAndDateAreProblems() {
		assertThatThrownBy(() -> read("1.25E+12", Notation.ENGLISH)).isInstanceOfSatisfying(CellProblem.class,
				p -> assertThat(p.messageKey()).isEqualTo("import.cell.scientific"));
		Cell date = Cell.date(LocalDateTime.of(2024, 7, 1, 0, 0), BigDecimal.valueOf(45474), "01/07/2024");
		assertThatThrownBy(() -> NumberNotation.read(date, Notation.UNDECIDED)).isInstanceOf(CellProblem.class);
	}

	@Test
	void blankIsNull() throws CellProblem {
		assertThat(NumberNotation.read(Cell.text(" \u00A0"), Notation.UNDECIDED)).isNull();
		assertThat(NumberNotation.whole(Cell.BLANK, Notation.UNDECIDED)).isNull();
		assertThat(NumberNotation.read(null, Notation.UNDECIDED)).isNull();
	}
}
