package id.canting.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+62 812 3456", "-1", "@SUM(A1)", "\tcmd", "\rcmd" })
	void quotesWhatASpreadsheetWouldRunAsAFormula(String text) {
		assertThat(SpreadsheetCells.neutralise(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Batik Sekar Jagad", "081234567890", "33.75", "TULIS, CAP", "a=b", "'quoted", "" })
	void leavesOrdinaryTextAlone(String text) {
		assertThat(SpreadsheetCells.neutralise(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+2", "'=1+2", "''@x", "'plain", "plain", "-", "'", "" })
	void restoreGivesBackExactlyWhatWasNeutralised(String text) {
		assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralise(text))).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "'=1+2", "''=1+2" })
	void aTextAlreadyStartingWithAQuoteBeforeAFormulaGetsOneMore(String text) {
		assertThat(SpreadsheetCells.neutralise(text)).isEqualTo("'" + text);
	}

	@org.junit.jupiter.api.Test
	void nothingStaysNothing() {
		assertThat(SpreadsheetCells.neutralise(null)).isNull();
		assertThat(SpreadsheetCells.restore(null)).isNull();
	}
}
