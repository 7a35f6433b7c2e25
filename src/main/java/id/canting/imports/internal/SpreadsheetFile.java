package id.canting.imports.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;

/**
 * Reads an uploaded spreadsheet row by row without holding it in memory: CSV (UTF-8 with or without
 * BOM; comma, semicolon or tab detected from the header line; quoted fields with newlines) or XLSX
 * (first sheet, streamed with POI's SAX reader, zip-bomb protection on). The kind is decided by the
 * content, never by the file name.
 */
public final class SpreadsheetFile {

	/** Receives each row: its number as a spreadsheet shows it (header = 1) and its cells as text. */
	public interface RowHandler {
		void row(int rowNumber, List<String> cells);
	}

	/** The file is not one we can read; the message key says why. */
	public static final class UnreadableFileException extends Exception {

		private final String messageKey;

		UnreadableFileException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	public enum Format {
		CSV, XLSX
	}

	private SpreadsheetFile() {
	}

	/** Which format the content is, refusing anything else (a renamed PDF, Latin-1 text, an empty file). */
	public static Format sniff(Path file) throws IOException, UnreadableFileException {
		if (Files.size(file) == 0) {
			throw new UnreadableFileException("import.file.empty");
		}
		byte[] head = new byte[4096];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return Format.XLSX;
		}
		for (int i = 0; i < read; i++) {
			if (head[i] == 0) {
				throw new UnreadableFileException("import.file.not-spreadsheet");
			}
		}
		if (read >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
			throw new UnreadableFileException("import.file.not-spreadsheet");
		}
		requireUtf8(file);
		return Format.CSV;
	}

	/** Reads every row of the file in order. */
	public static void read(Path file, Format format, RowHandler handler) throws IOException, UnreadableFileException {
		if (format == Format.CSV) {
			readCsv(file, handler);
		}
		else {
			readXlsx(file, handler);
		}
	}

	private static void requireUtf8(Path file) throws IOException, UnreadableFileException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)), decoder)) {
			char[] buffer = new char[8192];
			while (reader.read(buffer) >= 0) {
				// reading is the check
			}
		}
		catch (CharacterCodingException e) {
			throw new UnreadableFileException("import.file.not-utf8");
		}
	}

	private static void readCsv(Path file, RowHandler handler) throws IOException {
		char delimiter = delimiterOf(file);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); var parser = format.parse(reader)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				if (record.getRecordNumber() == 1 && !cells.isEmpty()) {
					cells.set(0, stripBom(cells.get(0)));
				}
				// rows of the file as a spreadsheet would number them (blank lines skipped)
				handler.row((int) record.getRecordNumber(), cells);
			}
		}
	}

	/** The delimiter that splits the header line into the most fields (Indonesian Excel saves with ';'). */
	static char delimiterOf(Path file) throws IOException {
		String header;
		try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			header = reader.readLine();
		}
		if (header == null) {
			return ',';
		}
		char best = ',';
		long most = -1;
		for (char candidate : new char[] { ',', ';', '\t' }) {
			long count = header.chars().filter(c -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	private static String stripBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static void readXlsx(Path file, RowHandler handler) throws IOException, UnreadableFileException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			var strings = new ReadOnlySharedStringsTable(pkg);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("import.file.empty");
			}
			try (InputStream sheet = sheets.next()) {
				var parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new RowCollector(handler), new PlainNumbers(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (UnreadableFileException | IOException e) {
			throw e;
		}
		catch (Exception e) {
			// not an OOXML spreadsheet after all (another zip), or broken, or a zip bomb
			throw new UnreadableFileException("import.file.not-spreadsheet");
		}
	}

	/** Numbers as plain digits, whatever display format the cell has (so 1,234 never reads as 1.234). */
	private static final class PlainNumbers extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)) {
				return super.formatRawCellContents(value, formatIndex, formatString, use1904);
			}
			return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}

	/** Collects the cells of each row by column, filling gaps left by empty cells. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;
		private List<String> cells;
		private int rowNumber;

		RowCollector(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			rowNumber = rowNum + 1;
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
				handler.row(rowNumber, cells);
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}
	}

}
