package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;

/**
 * The corpus files are what expected.json says they are: each cell listed there has the type the file
 * was made with (a phone typed as a NUMBER, a year in a DATE cell, "1,250.00" as TEXT...), read back
 * with POI for XLSX and XLS, from content.xml for ODS, as raw fields for CSV. This keeps the corpus
 * honest when make-corpus.sh is run again with another LibreOffice.
 */
class SpreadsheetCorpusFilesTest {

	private static final Set<String> NOT_CORPUS = Set.of("expected.json", "make-corpus.sh", "sources");

	static Stream<Named<JsonNode>> entries() {
		return CorpusFiles.entries().stream().map(e -> Named.of(e.get("file").asString(), e));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("entries")
	void eachCellHasTheTypeTheFileWasMadeWith(JsonNode entry) throws Exception {
		Path file = CorpusFiles.file(entry);
		for (JsonNode expected : entry.get("cells")) {
			Typed actual = read(file, CorpusFiles.text(expected, "sheet"), expected.get("ref").asString());
			String where = file.getFileName() + " " + CorpusFiles.text(expected, "sheet") + "!" + expected.get("ref").asString();
			assertThat(actual.type()).as(where).isEqualTo(expected.get("type").asString());
			String value = CorpusFiles.text(expected, "value");
			if (value != null && actual.type().equals("NUMERIC")) {
				assertThat(new BigDecimal(actual.value())).as(where).isEqualByComparingTo(value);
			}
			else if (value != null) {
				assertThat(actual.value()).as(where).isEqualTo(value);
			}
			if (expected.has("format")) {
				assertThat(actual.format()).as(where).isEqualTo(expected.get("format").asString());
			}
			if (expected.has("hidden")) {
				assertThat(actual.sheetHidden()).as(where + " hidden").isEqualTo(expected.get("hidden").asBoolean());
			}
		}
	}

	@Test
	void everyCorpusFileIsDescribedAndTheCorpusStaysSmall() throws IOException {
		List<String> described = CorpusFiles.entries().stream().map(e -> e.get("file").asString()).toList();
		List<String> stored;
		long total;
		try (Stream<Path> files = Files.list(CorpusFiles.dir())) {
			List<Path> all = files.filter(f -> !NOT_CORPUS.contains(f.getFileName().toString())).toList();
			stored = all.stream().map(f -> f.getFileName().toString()).toList();
			total = 0;
			for (Path f : all) {
				assertThat(Files.size(f)).as(f.getFileName().toString()).isLessThan(100_000);
				total += Files.size(f);
			}
		}
		assertThat(described).containsExactlyInAnyOrderElementsOf(stored);
		assertThat(total).isLessThan(2_000_000);
	}

	/** A cell as the file holds it: NUMERIC, DATE, STRING, BLANK (workbooks) or TEXT (CSV fields). */
	record Typed(String type, String value, String format, boolean sheetHidden) {
	}

	static Typed read(Path file, String sheetName, String ref) throws Exception {
		String name = file.getFileName().toString();
		if (name.endsWith(".csv")) {
			return csv(file, ref);
		}
		if (name.endsWith(".ods")) {
			return ods(file, sheetName, ref);
		}
		return workbook(file, sheetName, ref);
	}

	private static Typed workbook(Path file, String sheetName, String ref) throws IOException {
		try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
			int index = sheetName == null ? 0 : book.getSheetIndex(sheetName);
			Sheet sheet = book.getSheetAt(index);
			boolean hidden = book.isSheetHidden(index) || book.isSheetVeryHidden(index);
			CellReference at = new CellReference(ref);
			var row = sheet.getRow(at.getRow());
			Cell cell = row == null ? null : row.getCell(at.getCol());
			if (cell == null || cell.getCellType() == CellType.BLANK) {
				return new Typed("BLANK", "", null, hidden);
			}
			String format = cell.getCellStyle().getDataFormatString();
			if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				return new Typed("DATE", cell.getLocalDateTimeCellValue().toLocalDate().toString(), format, hidden);
			}
			if (cell.getCellType() == CellType.NUMERIC) {
				return new Typed("NUMERIC", BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString(), format, hidden);
			}
			String text = cell.getStringCellValue();
			return new Typed(text.isEmpty() ? "BLANK" : cell.getCellType().name(), text, format, hidden);
		}
	}

	private static Typed csv(Path file, String ref) throws IOException {
		String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
		char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
		CellReference at = new CellReference(ref);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
			for (CSVRecord record : parser) {
				if (record.getRecordNumber() == at.getRow() + 1) {
					return new Typed("TEXT", record.get(at.getCol()), null, false);
				}
			}
		}
		return new Typed("BLANK", "", null, false);
	}

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

	/** ODS: the cell's office:value-type in content.xml, with repeated rows and columns expanded. */
	private static Typed ods(Path file, String sheetName, String ref) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		org.w3c.dom.Document content;
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
			content = factory.newDocumentBuilder().parse(in);
		}
		var tables = content.getElementsByTagNameNS(TABLE, "table");
		Element table = (Element) tables.item(0);
		for (int i = 0; i < tables.getLength(); i++) {
			Element candidate = (Element) tables.item(i);
			if (candidate.getAttributeNS(TABLE, "name").equals(sheetName)) {
				table = candidate;
			}
		}
		boolean hidden = hiddenStyles(content).contains(table.getAttributeNS(TABLE, "style-name"));
		CellReference at = new CellReference(ref);
		Element cell = cellAt(rows(table), at.getRow(), at.getCol());
		if (cell == null || cell.getAttributeNS(OFFICE, "value-type").isEmpty()) {
			return new Typed("BLANK", "", null, hidden);
		}
		return switch (cell.getAttributeNS(OFFICE, "value-type")) {
			case "float", "percentage", "currency" -> new Typed("NUMERIC", cell.getAttributeNS(OFFICE, "value"), null, hidden);
			case "date" -> new Typed("DATE", cell.getAttributeNS(OFFICE, "date-value").substring(0, 10), null, hidden);
			default -> new Typed("STRING", cell.getTextContent(), null, hidden);
		};
	}

	private static List<Element> rows(Element table) {
		List<Element> rows = new ArrayList<>();
		var all = table.getElementsByTagNameNS(TABLE, "table-row");
		for (int i = 0; i < all.getLength() && rows.size() < 1000; i++) {
			Element row = (Element) all.item(i);
			int repeated = repeat(row, "number-rows-repeated");
			for (int r = 0; r < Math.min(repeated, 1000); r++) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static Element cellAt(List<Element> rows, int rowIndex, int column) {
		if (rowIndex >= rows.size()) {
			return null;
		}
		int col = 0;
		for (Node child = rows.get(rowIndex).getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element cell && TABLE.equals(cell.getNamespaceURI())
					&& (cell.getLocalName().equals("table-cell") || cell.getLocalName().equals("covered-table-cell"))) {
				col += repeat(cell, "number-columns-repeated");
				if (col > column) {
					return cell;
				}
			}
		}
		return null;
	}

	private static int repeat(Element element, String attribute) {
		String value = element.getAttributeNS(TABLE, attribute);
		return value.isEmpty() ? 1 : Integer.parseInt(value);
	}

	private static Set<String> hiddenStyles(org.w3c.dom.Document content) {
		var hidden = new java.util.HashSet<String>();
		var properties = content.getElementsByTagNameNS(STYLE, "table-properties");
		for (int i = 0; i < properties.getLength(); i++) {
			Element p = (Element) properties.item(i);
			if ("false".equals(p.getAttributeNS(TABLE, "display"))) {
				hidden.add(((Element) p.getParentNode()).getAttributeNS(STYLE, "name"));
			}
		}
		return hidden;
	}
}
