package id.canting.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/** STUB until the reader branch merges: the old first-sheet reader behind the new API. */
@Component
public class SpreadsheetReader {

	public enum Format {
		CSV, XLSX, XLS, ODS
	}

	public record DataSheet(int index, String name, int headerRow) {
	}

	public interface RowHandler {
		void row(int rowNumber, List<Cell> cells);
	}

	public Format sniff(Path file) throws IOException, UnreadableFileException {
		try {
			return Format.valueOf(SpreadsheetFile.sniff(file).name());
		}
		catch (SpreadsheetFile.UnreadableFileException e) {
			throw new UnreadableFileException(e.messageKey());
		}
	}

	public List<DataSheet> locate(Path file, Format format, Predicate<List<String>> isHeader)
			throws IOException, UnreadableFileException {
		List<DataSheet> found = new ArrayList<>();
		boolean[] done = { false };
		try {
			SpreadsheetFile.read(file, SpreadsheetFile.Format.valueOf(format.name()), (n, cells) -> {
				if (!done[0] && n <= 30 && isHeader.test(cells)) {
					found.add(new DataSheet(0, "", n));
					done[0] = true;
				}
			});
		}
		catch (SpreadsheetFile.UnreadableFileException e) {
			throw new UnreadableFileException(e.messageKey());
		}
		return found;
	}

	public void read(Path file, Format format, DataSheet sheet, RowHandler handler)
			throws IOException, UnreadableFileException {
		try {
			SpreadsheetFile.read(file, SpreadsheetFile.Format.valueOf(format.name()), (n, cells) -> {
				if (n >= sheet.headerRow() && cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
					handler.row(n, cells.stream().map(Cell::text).toList());
				}
			});
		}
		catch (SpreadsheetFile.UnreadableFileException e) {
			throw new UnreadableFileException(e.messageKey());
		}
	}
}
