package id.canting.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A UTF-8 CSV file (with or without BOM, quoted fields may hold newlines) read as one sheet of text
 * cells. The delimiter is whichever of comma, semicolon or tab makes a line the header: Excel with
 * Indonesian regional settings saves with ';', and a title line above the header may hold neither.
 * Rows are numbered as a spreadsheet opening the file shows them, blank lines included.
 */
final class CsvSheet {

	/** In order of preference when two split the header into as many fields. */
	private static final char[] DELIMITERS = { ',', ';', '\t' };

	private CsvSheet() {
	}

	/** The header row within the first {@code searchRows} non-blank rows, or 0 if there is none. */
	static int locate(Path file, Predicate<List<String>> isHeader, int searchRows) throws IOException {
		int best = 0;
		int bestFields = 0;
		for (char delimiter : DELIMITERS) {
			int[] found = { 0, 0, 0 }; // header row, its number of fields, non-blank rows seen
			try {
				rows(file, delimiter, (rowNumber, cells) -> {
					if (isHeader.test(cells.stream().map(Cell::text).toList())) {
						found[0] = rowNumber;
						found[1] = cells.size();
						return false;
					}
					return ++found[2] < searchRows;
				});
			}
			catch (CSVException e) {
				// quoted fields that do not parse with this delimiter ("ID";"NIB" read with commas): another one will
				continue;
			}
			if (found[0] > 0 && found[1] > bestFields) {
				best = found[0];
				bestFields = found[1];
			}
		}
		return best;
	}

	/** The delimiter that splits the given (header) row into the most fields. */
	static char delimiterAt(Path file, int headerRow) throws IOException {
		char best = ',';
		int most = -1;
		for (char delimiter : DELIMITERS) {
			int[] fields = { 0 };
			try {
				rows(file, delimiter, (rowNumber, cells) -> {
					if (rowNumber >= headerRow) {
						fields[0] = rowNumber == headerRow ? cells.size() : 0;
						return false;
					}
					return true;
				});
			}
			catch (CSVException e) {
				continue;
			}
			if (fields[0] > most) {
				most = fields[0];
				best = delimiter;
			}
		}
		return best;
	}

	/** Hands over every non-blank row in order until the visitor answers false. */
	static void rows(Path file, char delimiter, RowVisitor visitor) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		try (Reader reader = withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
				CSVParser parser = format.parse(reader)) {
			for (CSVRecord record : parser) {
				RowCells cells = new RowCells();
				for (int i = 0; i < record.size(); i++) {
					cells.set(i, Cell.text(record.get(i)));
				}
				if (!cells.isBlank() && !visitor.row((int) record.getRecordNumber(), cells.list())) {
					return;
				}
			}
		}
		catch (UncheckedIOException e) {
			// commons-csv reports a broken quote (a field never closed) this way
			throw e.getCause();
		}
	}

	private static Reader withoutBom(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	interface RowVisitor {

		boolean row(int rowNumber, List<Cell> cells);
	}
}
