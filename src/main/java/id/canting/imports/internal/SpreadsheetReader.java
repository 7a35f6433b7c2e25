package id.canting.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.ss.util.CellReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Reads the spreadsheets officials upload — CSV, XLSX, XLS (Excel 97–2003) and ODS (LibreOffice) —
 * as a stream of rows of typed cells, from the right sheet and the right row: hidden sheets are never
 * read, and the header may sit below title rows, a logo or merged banner cells, on any visible sheet
 * (the first is often an instructions sheet). Memory stays bounded whatever the file: every format is
 * streamed, zipped formats are checked against {@link SpreadsheetLimits} before they are parsed, and
 * a cell longer than the limit is refused with its address.
 *
 * <p>Use: {@link #sniff} the upload, {@link #locate} the sheets whose header the import kind accepts,
 * then {@link #read} the chosen one (each call streams the file again; nothing is kept between them).
 */
@Component
@EnableConfigurationProperties(SpreadsheetLimits.class)
public class SpreadsheetReader {

	/** How many non-blank rows from the top of a sheet may come before its header. */
	static final int HEADER_SEARCH_ROWS = 30;

	/** The formats read, decided from the content and never from the file's name. */
	public enum Format {
		CSV, XLSX, XLS, ODS
	}

	/**
	 * A visible sheet that holds the data: its index in the workbook's tab order, its name as the tab
	 * shows it ("" for CSV), and the number of its header row as the spreadsheet shows it (1-based).
	 */
	public record DataSheet(int index, String name, int headerRow) {
	}

	/**
	 * Receives the rows of a sheet: the header row first, then every non-blank row below it, each with
	 * its number as the spreadsheet shows it and its cells from column A up to the last non-blank one.
	 */
	public interface RowHandler {

		void row(int rowNumber, List<Cell> cells);
	}

	private final SpreadsheetLimits limits;

	private final FormatSniffer sniffer;

	public SpreadsheetReader(SpreadsheetLimits limits) {
		this.limits = limits;
		this.sniffer = new FormatSniffer(limits);
	}

	/**
	 * The upload's format, from its content: refuses an empty file, a renamed DOCX or PDF, an encrypted
	 * workbook, a zip that expands past the limit, and CSV that is not UTF-8.
	 */
	public Format sniff(Path file) throws IOException, UnreadableFileException {
		return sniffer.sniff(file);
	}

	/**
	 * The visible sheets whose header row (searched in each sheet's first 30 non-blank rows) the test
	 * accepts, in tab order; for CSV the one sheet {@code DataSheet(0, "", headerRow)}. An empty list
	 * means no sheet has such a header. Two or more mean the official must choose.
	 */
	public List<DataSheet> locate(Path file, Format format, Predicate<List<String>> isHeader)
			throws IOException, UnreadableFileException {
		Predicate<List<String>> test = cells -> {
			try {
				return isHeader.test(cells);
			}
			catch (RuntimeException e) {
				throw new SheetVisitor.PassThrough(e);
			}
		};
		try {
			if (format == Format.CSV) {
				int headerRow = CsvSheet.locate(file, test, HEADER_SEARCH_ROWS);
				return headerRow == 0 ? List.of() : List.of(new DataSheet(0, "", headerRow));
			}
			List<DataSheet> found = new ArrayList<>();
			source(format).visit(file, new HeaderSearch(test, found));
			return List.copyOf(found);
		}
		catch (SheetVisitor.PassThrough e) {
			throw unwrapped(e);
		}
	}

	/**
	 * Streams the sheet to the handler: its header row, then each non-blank row below it. Rows above
	 * the header (titles, logos, banners) are skipped, and so is every row whose cells are all blank.
	 */
	public void read(Path file, Format format, DataSheet sheet, RowHandler handler)
			throws IOException, UnreadableFileException {
		try {
			if (format == Format.CSV) {
				char delimiter = CsvSheet.delimiterAt(file, sheet.headerRow());
				CsvSheet.rows(file, delimiter, (rowNumber, cells) -> deliver(sheet, handler, rowNumber, cells));
			}
			else {
				source(format).visit(file, new SheetRows(sheet, handler));
			}
		}
		catch (SheetVisitor.PassThrough e) {
			throw unwrapped(e);
		}
	}

	private SheetVisitor.Source source(Format format) {
		return switch (format) {
			case XLSX -> new XlsxSheets(limits);
			case XLS -> new XlsSheets(limits);
			case ODS -> new OdsSheets(limits);
			case CSV -> throw new IllegalArgumentException("CSV has no sheets");
		};
	}

	/** Hands a row from the header down to the caller, after checking its cells' length. */
	private boolean deliver(DataSheet sheet, RowHandler handler, int rowNumber, List<Cell> cells) {
		if (rowNumber < sheet.headerRow()) {
			return true;
		}
		requireShortCells(rowNumber, cells);
		try {
			handler.row(rowNumber, cells);
		}
		catch (RuntimeException e) {
			throw new SheetVisitor.PassThrough(e);
		}
		return true;
	}

	/** Excel cannot hold more than 32,767 characters in a cell; longer text is not an official's data. */
	private void requireShortCells(int rowNumber, List<Cell> cells) {
		for (int column = 0; column < cells.size(); column++) {
			if (cells.get(column).text().length() > limits.maxCellChars()) {
				throw new SheetVisitor.PassThrough(new UnreadableFileException("import.file.cell-too-long",
						String.valueOf(rowNumber), CellReference.convertNumToColString(column),
						String.valueOf(limits.maxCellChars())));
			}
		}
	}

	private static UnreadableFileException unwrapped(SheetVisitor.PassThrough e) throws IOException {
		if (e.getCause() instanceof UnreadableFileException refusal) {
			return refusal;
		}
		if (e.getCause() instanceof IOException io) {
			throw io;
		}
		throw (RuntimeException) e.getCause();
	}

	/** Looks for the header in the first rows of every visible sheet. */
	private final class HeaderSearch implements SheetVisitor {

		private final Predicate<List<String>> isHeader;

		private final List<DataSheet> found;

		private int index;

		private String name;

		private int rowsSeen;

		HeaderSearch(Predicate<List<String>> isHeader, List<DataSheet> found) {
			this.isHeader = isHeader;
			this.found = found;
		}

		@Override
		public boolean wantsMoreSheets() {
			return true;
		}

		@Override
		public boolean sheet(int index, String name) {
			this.index = index;
			this.name = name;
			this.rowsSeen = 0;
			return true;
		}

		@Override
		public boolean row(int rowNumber, List<Cell> cells) {
			requireShortCells(rowNumber, cells);
			if (isHeader.test(cells.stream().map(Cell::text).toList())) {
				found.add(new DataSheet(index, name, rowNumber));
				return false;
			}
			return ++rowsSeen < HEADER_SEARCH_ROWS;
		}
	}

	/** Passes the chosen sheet's rows from its header down; stops the file after that sheet. */
	private final class SheetRows implements SheetVisitor {

		private final DataSheet sheet;

		private final RowHandler handler;

		private boolean started;

		SheetRows(DataSheet sheet, RowHandler handler) {
			this.sheet = sheet;
			this.handler = handler;
		}

		@Override
		public boolean wantsMoreSheets() {
			return !started;
		}

		@Override
		public boolean sheet(int index, String name) {
			started = index == sheet.index();
			return started;
		}

		@Override
		public boolean row(int rowNumber, List<Cell> cells) {
			return deliver(sheet, handler, rowNumber, cells);
		}
	}
}
