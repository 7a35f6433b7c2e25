package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.imports.internal.Cell;

/** Which rows of a sheet are data: blank rows, numbered empty rows and the template's example row are not. */
class BlankRowsTest {

	static final ColumnSpec NAME = new ColumnSpec("name", "Nama IKM", "IKM name", true, ColumnSpec.Value.TEXT);

	/** "No." (not a column the import reads), then the IKM's name. */
	static final ColumnSpec[] COLUMNS = { null, NAME };

	@Test
	void aRowNumberedInAdvanceWithNothingElseIsBlank() {
		assertThat(ImportRunner.hasValue(COLUMNS, List.of(Cell.number(BigDecimal.valueOf(17)), Cell.text("\u00A0"))))
			.isFalse();
		assertThat(ImportRunner.hasValue(COLUMNS, List.of(Cell.number(BigDecimal.valueOf(17))))).isFalse();
	}

	@Test
	void aRowWithAValueInAColumnTheImportReadsIsData() {
		assertThat(ImportRunner.hasValue(COLUMNS, List.of(Cell.BLANK, Cell.text("Batik Sekar")))).isTrue();
	}

	@Test
	void theTemplatesExampleRowIsSkippedInEitherLanguage() {
		assertThat(ImportRunner.isExample(List.of(Cell.text("CONTOH"), Cell.text("Batik Sekar")))).isTrue();
		assertThat(ImportRunner.isExample(List.of(Cell.text(" example "), Cell.text("Batik Sekar")))).isTrue();
		assertThat(ImportRunner.isExample(List.of(Cell.text("Contoh Batik"), Cell.text("Batik Sekar")))).isFalse();
		assertThat(ImportRunner.isExample(List.of())).isFalse();
	}
}
