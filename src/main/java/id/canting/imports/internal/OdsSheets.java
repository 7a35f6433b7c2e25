package id.canting.imports.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams ODS (LibreOffice's own format) by reading {@code content.xml} with StAX, rather than with a
 * library such as SODS that builds whole sheets in memory. Repeated rows and columns
 * ({@code number-rows-repeated}, {@code number-columns-repeated}) are expanded only when they hold
 * something: LibreOffice ends a sheet with an empty row repeated about a million times, which is
 * counted, never materialised. A sheet is hidden when its table style says {@code table:display="false"}
 * (what LibreOffice writes for Format › Sheet › Hide). The XML factory is POI's hardened one: no DTDs,
 * no external entities, so XXE and billion-laughs files fail.
 */
final class OdsSheets implements SheetVisitor.Source {

	private static final Logger log = LoggerFactory.getLogger(OdsSheets.class);

	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

	/** LibreOffice's and Excel's widest sheet; a repeated cell never reaches past it. */
	private static final int MAX_COLUMNS = 16_384;

	private final SpreadsheetLimits limits;

	OdsSheets(SpreadsheetLimits limits) {
		this.limits = limits;
	}

	@Override
	public void visit(Path file, SheetVisitor visitor) throws IOException, UnreadableFileException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry content = zip.getEntry("content.xml");
			if (content == null) {
				throw FormatSniffer.notSpreadsheet();
			}
			try (InputStream in = new Bounded(zip.getInputStream(content), limits)) {
				XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
				try {
					new Pass(xml, visitor, limits.maxCellChars()).run();
				}
				finally {
					xml.close();
				}
			}
		}
		catch (SheetVisitor.PassThrough | UnreadableFileException e) {
			throw e;
		}
		catch (XMLStreamException | IOException | RuntimeException e) {
			throw FormatSniffer.refusalOf(e, limits, log);
		}
	}

	/** One pass over content.xml: table styles first (they precede the body), then the tables. */
	private static final class Pass {

		private final XMLStreamReader xml;

		private final SheetVisitor visitor;

		private final int maxCellChars;

		private final Set<String> hiddenTableStyles = new HashSet<>();

		private String currentStyle;

		private int sheetIndex = -1;

		private boolean wanted;

		/** The number, as the sheet shows it, of the next row. */
		private int nextRow;

		Pass(XMLStreamReader xml, SheetVisitor visitor, int maxCellChars) {
			this.xml = xml;
			this.visitor = visitor;
			this.maxCellChars = maxCellChars;
		}

		void run() throws XMLStreamException {
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String ns = xml.getNamespaceURI();
				String name = xml.getLocalName();
				if (STYLE.equals(ns) && "style".equals(name)) {
					currentStyle = "table".equals(xml.getAttributeValue(STYLE, "family"))
							? xml.getAttributeValue(STYLE, "name") : null;
				}
				else if (STYLE.equals(ns) && "table-properties".equals(name) && currentStyle != null
						&& "false".equals(xml.getAttributeValue(TABLE, "display"))) {
					hiddenTableStyles.add(currentStyle);
				}
				else if (TABLE.equals(ns) && "table".equals(name)) {
					if (!visitor.wantsMoreSheets()) {
						return;
					}
					table();
				}
			}
		}

		/** Reads one table:table up to its end element. */
		private void table() throws XMLStreamException {
			sheetIndex++;
			boolean hidden = hiddenTableStyles.contains(xml.getAttributeValue(TABLE, "style-name"));
			wanted = !hidden && visitor.sheet(sheetIndex, java.util.Objects.toString(xml.getAttributeValue(TABLE, "name"), ""));
			nextRow = 1;
			int depth = 1;
			while (depth > 0) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (TABLE.equals(xml.getNamespaceURI()) && "table-row".equals(xml.getLocalName())) {
						row();
					}
					else {
						depth++;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}

		/** Reads one table:table-row up to its end element and hands it over as often as it repeats. */
		private void row() throws XMLStreamException {
			int repeated = repeat("number-rows-repeated", Integer.MAX_VALUE);
			if (!wanted) {
				skipElement();
				nextRow += repeated;
				return;
			}
			RowCells cells = new RowCells();
			int column = 0;
			while (true) {
				int event = xml.next();
				if (event == XMLStreamConstants.END_ELEMENT) {
					break;
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if (TABLE.equals(xml.getNamespaceURI()) && ("table-cell".equals(name) || "covered-table-cell".equals(name))) {
						int columns = repeat("number-columns-repeated", MAX_COLUMNS);
						Cell cell = cell(column);
						for (int i = 0; i < columns && !cell.isBlank() && column + i < MAX_COLUMNS; i++) {
							cells.set(column + i, cell);
						}
						column += columns;
					}
					else {
						skipElement();
					}
				}
			}
			for (int i = 0; i < repeated && wanted && !cells.isBlank(); i++) {
				wanted = visitor.row(nextRow + i, cells.list());
			}
			nextRow += repeated;
		}

		/** Reads one cell up to its end element: its typed value, or its text paragraphs. */
		private Cell cell(int column) throws XMLStreamException {
			String type = xml.getAttributeValue(OFFICE, "value-type");
			String value = xml.getAttributeValue(OFFICE, "value");
			String dateValue = xml.getAttributeValue(OFFICE, "date-value");
			String booleanValue = xml.getAttributeValue(OFFICE, "boolean-value");
			String shown = text(column);
			if (type == null || "string".equals(type)) {
				return Cell.text(shown);
			}
			try {
				switch (type) {
					case "float", "percentage", "currency":
						return value == null ? Cell.text(shown) : Cell.number(SpreadsheetNumbers.exact(value));
					case "date":
						LocalDateTime date = dateValue.length() <= 10 ? LocalDate.parse(dateValue).atStartOfDay()
								: LocalDateTime.parse(dateValue.endsWith("Z") ? dateValue.substring(0, dateValue.length() - 1) : dateValue);
						return Cell.date(date, SpreadsheetNumbers.serialOf(date), shown);
					case "boolean":
						return Cell.text("true".equalsIgnoreCase(booleanValue) || "1".equals(booleanValue) ? "TRUE" : "FALSE");
					default:
						return Cell.text(shown);
				}
			}
			catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
				return Cell.text(shown);
			}
		}

		/**
		 * The text of the cell's paragraphs, one line each, with ODF's encoded spaces, tabs and line
		 * breaks restored; comments (office:annotation) are not part of the value. Refuses a text
		 * longer than the cell limit while reading it, before it can fill the heap.
		 */
		private String text(int column) throws XMLStreamException {
			StringBuilder text = new StringBuilder();
			int paragraphs = 0;
			int openParagraphs = 0;
			int depth = 1;
			while (depth > 0) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String ns = xml.getNamespaceURI();
					String name = xml.getLocalName();
					if (OFFICE.equals(ns) && "annotation".equals(name)) {
						skipElement();
						continue;
					}
					depth++;
					if (TEXT.equals(ns)) {
						switch (name) {
							case "p", "h" -> {
								openParagraphs++;
								if (paragraphs++ > 0) {
									text.append('\n');
								}
							}
							case "s" -> text.append(" ".repeat(Math.min(repeatOf(xml.getAttributeValue(TEXT, "c")), maxCellChars + 1)));
							case "tab" -> text.append('\t');
							case "line-break" -> text.append('\n');
							default -> {
							}
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
					if (TEXT.equals(xml.getNamespaceURI()) && ("p".equals(xml.getLocalName()) || "h".equals(xml.getLocalName()))) {
						openParagraphs--;
					}
				}
				else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && openParagraphs > 0) {
					text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
				}
				if (text.length() > maxCellChars) {
					throw new SheetVisitor.PassThrough(new UnreadableFileException("import.file.cell-too-long",
							String.valueOf(nextRow), CellReference.convertNumToColString(column), String.valueOf(maxCellChars)));
				}
			}
			return text.toString();
		}

		private int repeat(String attribute, int most) {
			return Math.min(repeatOf(xml.getAttributeValue(TABLE, attribute)), most);
		}

		private static int repeatOf(String count) {
			try {
				return count == null ? 1 : Math.max(1, Integer.parseInt(count.trim()));
			}
			catch (NumberFormatException e) {
				return 1;
			}
		}

		/** Consumes the current element and everything inside it. */
		private void skipElement() throws XMLStreamException {
			int depth = 1;
			while (depth > 0) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}
	}

	/** content.xml must stay within the expansion limit even if the upload was not sniffed first. */
	private static final class Bounded extends FilterInputStream {

		private final SpreadsheetLimits limits;

		private long count;

		Bounded(InputStream in, SpreadsheetLimits limits) {
			super(in);
			this.limits = limits;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) {
			count += n;
			if (count > limits.maxExpandedBytes()) {
				throw new SheetVisitor.PassThrough(FormatSniffer.tooExpanded(limits));
			}
		}
	}
}
