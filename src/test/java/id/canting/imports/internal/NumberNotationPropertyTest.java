package id.canting.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import id.canting.imports.internal.NumberNotation.Notation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Any amount, written as officials write it in either notation, is read back exactly or refused as
 * ambiguous — never read as another number.
 */
class NumberNotationPropertyTest {

	@Provide
	Arbitrary<BigDecimal> amounts() {
		// magnitudes below 10^12; small ones often, as most cells hold them
		return Arbitraries.integers().between(0, 2).flatMap(scale -> {
			long limit = 1_000_000_000_000L * (long) Math.pow(10, scale) - 1;
			return Arbitraries.oneOf(Arbitraries.longs().between(-limit, limit), Arbitraries.longs().between(-99_999, 99_999))
				.map(unscaled -> BigDecimal.valueOf(unscaled, scale));
		});
	}

	@Property
	void indonesianColumnReadsBackExactly(@ForAll @Size(min = 1, max = 20) List<@From("amounts") BigDecimal> values) throws CellProblem {
		readsBack(values, Notation.INDONESIAN);
	}

	@Property
	void englishColumnReadsBackExactly(@ForAll @Size(min = 1, max = 20) List<@From("amounts") BigDecimal> values) throws CellProblem {
		readsBack(values, Notation.ENGLISH);
	}

	/**
	 * A column whose values show their notation reads all of them exactly; a column that does not
	 * never calls the other notation, and each value is then exact or refused as ambiguous.
	 */
	private static void readsBack(List<BigDecimal> values, Notation notation) throws CellProblem {
		List<Cell> cells = values.stream().map(v -> Cell.text(written(v, notation))).toList();
		NumberNotation.Column column = new NumberNotation.Column();
		cells.forEach(column::see);
		Notation seen = column.notation();
		assertThat(seen).isIn(notation, Notation.UNDECIDED);
		for (int i = 0; i < values.size(); i++) {
			try {
				assertThat(NumberNotation.read(cells.get(i), seen)).as(cells.get(i).text()).isEqualByComparingTo(values.get(i));
			}
			catch (CellProblem problem) {
				assertThat(seen).isEqualTo(Notation.UNDECIDED);
				assertThat(problem.messageKey()).isEqualTo("import.cell.number.ambiguous");
			}
		}
	}

	@Property
	void wholeNumbersAreNeverReadAsAnotherNumber(@ForAll("amounts") BigDecimal amount, @ForAll boolean indonesian) {
		long whole = amount.longValue();
		Notation notation = indonesian ? Notation.INDONESIAN : Notation.ENGLISH;
		Cell cell = Cell.text(written(BigDecimal.valueOf(whole), notation));
		try {
			assertThat(NumberNotation.whole(cell, Notation.UNDECIDED)).as(cell.text()).isEqualTo(whole);
		}
		catch (CellProblem problem) {
			// only 1.000-like values, 1 or 1000 either way, may be refused
			assertThat(problem.messageKey()).isEqualTo("import.cell.number.ambiguous");
			assertThat(Math.abs(whole) % 1000).isZero();
		}
	}

	/** The amount as a spreadsheet shows it with thousands grouping and its own number of decimals. */
	static String written(BigDecimal value, Notation notation) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(notation == Notation.INDONESIAN ? '.' : ',');
		symbols.setDecimalSeparator(notation == Notation.INDONESIAN ? ',' : '.');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0", symbols);
		format.setMinimumFractionDigits(value.scale());
		format.setMaximumFractionDigits(value.scale());
		return format.format(value);
	}
}
