package id.canting.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.canting.imports.internal.SpreadsheetReader.DataSheet;
import id.canting.imports.internal.SpreadsheetReader.Format;

class SpreadsheetReaderTest {

	/** The header an IKM import accepts, as ImportRunner's header test would: it names NIB and Nama. */
	private static final Predicate<List<String>> IKM_HEADER = cells -> cells.contains("NIB") && cells.contains("Nama");

	private final SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetLimits.DEFAULT);

	@TempDir
	Path dir;

	// --- workbooks as officials make them (XLSX and XLS written by POI as Excel writes them) ---

	@ParameterizedTest
	@ValueSource(strings = { "XLSX", "XLS" })
	void findsVisibleSheetsWithTheHeaderBelowTitleRowsAndIgnoresHiddenOnes(String kind) throws Exception {
		Path file = officialWorkbook(kind);

		Format format = reader.sniff(file);
		List<DataSheet> sheets = reader.locate(file, format, IKM_HEADER);

		assertThat(format).isEqualTo(Format.valueOf(kind));
		// sheet 0 is the instructions, sheet 2 a hidden copy with the same header, sheet 3 very hidden
		assertThat(sheets).containsExactly(new DataSheet(1, "Data IKM", 4), new DataSheet(4, "Tambahan", 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "XLSX", "XLS" })
	void readsTheHeaderThenNonBlankRowsWithSpreadsheetRowNumbers(String kind) throws Exception {
		Path file = officialWorkbook(kind);

		Map<Integer, List<Cell>> rows = read(file, Format.valueOf(kind), new DataSheet(1, "Data IKM", 4));

		// rows 1-3 (title, merged banner, blank) skipped, row 6 blank in the middle skipped
		assertThat(rows.keySet()).containsExactly(4, 5, 7);
		assertThat(texts(rows.get(4))).containsExactly("NIB", "Nama", "Nilai", "Omzet", "Telepon", "Tahun", "Tanggal",
				"Dua kali", "Sebutan", "Aktif");
	}

	@ParameterizedTest
	@ValueSource(strings = { "XLSX", "XLS" })
	void readsNumbersFromTheirValueNotTheirDisplayFormat(String kind) throws Exception {
		List<Cell> row = read(officialWorkbook(kind), Format.valueOf(kind), new DataSheet(1, "Data IKM", 4)).get(5);

		assertThat(row.get(0)).isEqualTo(Cell.number(new BigDecimal("9120000000000")));
		assertThat(row.get(0).text()).isEqualTo("9120000000000");
		assertThat(row.get(1)).isEqualTo(Cell.text("Batik\u00a0Sekar  Jagad"));
		assertThat(row.get(2).text()).isEqualTo("1234"); // shown as 1,234
		assertThat(row.get(3).number()).isEqualByComparingTo("1250000.5"); // shown as 1,250,000.50
		assertThat(row.get(3).text()).isEqualTo("1250000.5");
		assertThat(row.get(4).text()).isEqualTo("812345678"); // a phone typed as a number: no leading 0
		assertThat(row.get(5).isDate()).isTrue(); // 2015 typed into a date-formatted cell
		assertThat(row.get(5).number()).isEqualTo(new BigDecimal("2015"));
		assertThat(row.get(6).date()).isEqualTo(LocalDateTime.of(2024, 7, 1, 0, 0));
		assertThat(row.get(6).text()).isEqualTo("2024-07-01");
		assertThat(row.get(7)).isEqualTo(Cell.number(new BigDecimal("2468"))); // =C5*2, cached
		assertThat(row.get(8)).isEqualTo(Cell.text("Batik\u00a0Sekar  Jagad (Solo)")); // text formula, cached
		assertThat(row.get(9)).isEqualTo(Cell.text("TRUE"));
	}

	@Test
	void roundsFloatNoiseToTheFifteenDigitsSpreadsheetsKeep() {
		assertThat(SpreadsheetNumbers.exact(0.1 + 0.2)).isEqualByComparingTo("0.3");
		assertThat(SpreadsheetNumbers.exact(9.12e12)).isEqualByComparingTo("9120000000000");
		assertThat(SpreadsheetNumbers.exact(123456789012345.0)).isEqualByComparingTo("123456789012345");
	}

	// --- ODS, written the way LibreOffice writes content.xml ---

	@Test
	void readsOdsSkippingHiddenSheetsAndNeverMaterialisingRepeatedBlankRows() throws Exception {
		Path file = ods();

		assertThat(reader.sniff(file)).isEqualTo(Format.ODS);
		List<DataSheet> sheets = reader.locate(file, Format.ODS, IKM_HEADER);
		assertThat(sheets).containsExactly(new DataSheet(2, "Data IKM", 3));

		Map<Integer, List<Cell>> rows = read(file, Format.ODS, sheets.get(0));
		assertThat(rows.keySet()).containsExactly(3, 4, 6, 7);
		assertThat(texts(rows.get(3))).containsExactly("NIB", "Nama", "Nilai", "Tanggal", "", "Aktif");
		List<Cell> first = rows.get(4);
		assertThat(first.get(0)).isEqualTo(Cell.number(new BigDecimal("9120000000000")));
		assertThat(first.get(1).text()).isEqualTo("Batik   Sekar\nJagad"); // text:s c="3", two paragraphs, no comment
		assertThat(first.get(2).text()).isEqualTo("1234");
		assertThat(first.get(3).date()).isEqualTo(LocalDateTime.of(2024, 7, 1, 0, 0));
		assertThat(first.get(3).number()).isEqualTo(new BigDecimal("45474"));
		assertThat(first.get(3).text()).isEqualTo("01/07/2024");
		assertThat(first.get(4)).isEqualTo(Cell.BLANK);
		assertThat(first.get(5)).isEqualTo(Cell.text("TRUE"));
		// a row repeated twice with content is two rows
		assertThat(texts(rows.get(6))).containsExactly("812345678", "Sama");
		assertThat(texts(rows.get(7))).containsExactly("812345678", "Sama");
	}

	// --- CSV ---

	@Test
	void readsCsvWithTitleLinesBlankSeparatorLinesAndSemicolons() throws Exception {
		Path file = dir.resolve("ikm.csv");
		Files.writeString(file, "\uFEFFDaftar IKM Batik 2024\n\nNIB;Nama;Alamat\n;;;\n9120000000000;Batik\u00a0Sekar;\"Jl. Solo\nNo. 1\"\n;;\n0812;Dua;\n",
				StandardCharsets.UTF_8);

		assertThat(reader.sniff(file)).isEqualTo(Format.CSV);
		List<DataSheet> sheets = reader.locate(file, Format.CSV, IKM_HEADER);
		assertThat(sheets).containsExactly(new DataSheet(0, "", 3));

		Map<Integer, List<Cell>> rows = read(file, Format.CSV, sheets.get(0));
		assertThat(rows.keySet()).containsExactly(3, 5, 7);
		assertThat(texts(rows.get(3))).containsExactly("NIB", "Nama", "Alamat");
		assertThat(texts(rows.get(5))).containsExactly("9120000000000", "Batik\u00a0Sekar", "Jl. Solo\nNo. 1");
		assertThat(rows.get(7).get(0)).isEqualTo(Cell.text("0812")); // CSV cells are always text
	}

	@Test
	void findsNoSheetWhenNoHeaderMatches() throws Exception {
		Path file = dir.resolve("other.csv");
		Files.writeString(file, "Kode,Nilai\n1,2\n", StandardCharsets.UTF_8);

		assertThat(reader.locate(file, Format.CSV, IKM_HEADER)).isEmpty();
	}

	// --- what is refused, and how ---

	@Test
	void refusesARenamedDocxAndAPdfAsNotASpreadsheet() throws Exception {
		Path docx = zip("laporan.xlsx", Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
		Path pdf = dir.resolve("laporan.csv");
		Files.write(pdf, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));

		assertRefused(() -> reader.sniff(docx), "import.file.not-spreadsheet");
		assertRefused(() -> reader.sniff(pdf), "import.file.not-spreadsheet");
	}

	@Test
	void refusesLatin1Csv() throws Exception {
		Path file = dir.resolve("ikm.csv");
		Files.write(file, "NIB;Nama\n1;Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

		assertRefused(() -> reader.sniff(file), "import.file.not-utf8");
	}

	@Test
	void refusesPasswordProtectedWorkbooks() throws Exception {
		Path xlsx = officialWorkbook("XLSX");
		Path encryptedXlsx = dir.resolve("rahasia.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("rahasia");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(xlsx, out);
			}
			try (OutputStream out = Files.newOutputStream(encryptedXlsx)) {
				fs.writeFilesystem(out);
			}
		}
		Path encryptedXls = dir.resolve("rahasia.xls");
		Biff8EncryptionKey.setCurrentUserPassword("rahasia");
		try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(encryptedXls)) {
			workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("NIB");
			workbook.write(out);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}

		assertRefused(() -> reader.sniff(encryptedXlsx), "import.file.encrypted");
		assertRefused(() -> reader.sniff(encryptedXls), "import.file.encrypted");
	}

	@Test
	void refusesAWorkbookWhoseSharedStringsExpandPastTheLimitQuickly() throws Exception {
		// 8 MB of shared strings compressing to a few KB: a small-scale copy of issue 13's 1.8 GB file
		StringBuilder strings = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		String item = "<si><t>" + "A".repeat(1000) + "</t></si>";
		while (strings.length() < 8 * 1024 * 1024) {
			strings.append(item);
		}
		strings.append("</sst>");
		Path bomb = zip("bom.xlsx", Map.of("xl/workbook.xml", "<workbook/>", "xl/sharedStrings.xml", strings.toString()));
		SpreadsheetReader strict = new SpreadsheetReader(new SpreadsheetLimits(1, 32767));

		long started = System.nanoTime();
		assertThatThrownBy(() -> strict.sniff(bomb)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
			assertThat(e.messageKey()).isEqualTo("import.file.too-expanded");
			assertThat(e.arguments()).containsExactly("1");
		});
		assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
		assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
	}

	@ParameterizedTest
	@ValueSource(strings = { "XLSX", "XLS" })
	void refusesACellLongerThanTheLimitNamingItsAddress(String kind) throws Exception {
		Path file = dir.resolve("panjang." + kind.toLowerCase());
		try (Workbook workbook = kind.equals("XLSX") ? new XSSFWorkbook() : new HSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Data");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("NIB");
			header.createCell(1).setCellValue("Nama");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("9120000000000");
			row.createCell(1).setCellValue("x".repeat(41));
			workbook.write(out);
		}
		SpreadsheetReader strict = new SpreadsheetReader(new SpreadsheetLimits(512, 40));

		assertThatThrownBy(() -> strict.read(file, Format.valueOf(kind), new DataSheet(0, "Data", 1), (n, cells) -> {
		})).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
			assertThat(e.messageKey()).isEqualTo("import.file.cell-too-long");
			assertThat(e.arguments()).containsExactly("2", "B", "40");
		});
	}

	@Test
	void letsTheCallersOwnExceptionsThroughUntouched() throws Exception {
		Path file = officialWorkbook("XLSX");

		assertThatThrownBy(() -> reader.read(file, Format.XLSX, new DataSheet(1, "Data IKM", 4), (n, cells) -> {
			throw new IllegalStateException("header refused");
		})).isInstanceOf(IllegalStateException.class).hasMessage("header refused");
	}

	// --- builders of test files ---

	/**
	 * An instructions sheet, then the data sheet with a title and a merged banner above the header,
	 * a hidden and a very hidden copy, and a second visible sheet with the same header.
	 */
	private Path officialWorkbook(String kind) throws IOException {
		Path file = dir.resolve("ikm." + kind.toLowerCase());
		try (Workbook workbook = kind.equals("XLSX") ? new XSSFWorkbook() : new HSSFWorkbook()) {
			Sheet instructions = workbook.createSheet("Petunjuk");
			instructions.createRow(0).createCell(0).setCellValue("Isi kolom NIB dan Nama pada lembar Data IKM.");
			Sheet data = workbook.createSheet("Data IKM");
			data.createRow(0).createCell(0).setCellValue("Daftar IKM Batik Provinsi Jawa Tengah");
			data.createRow(1).createCell(0).setCellValue("Dinas Perindustrian");
			data.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
			fillData(workbook, data, 3);
			for (String hidden : List.of("Lama", "Sangat tersembunyi")) {
				Sheet copy = workbook.createSheet(hidden);
				fillData(workbook, copy, 0);
			}
			workbook.setSheetVisibility(2, SheetVisibility.HIDDEN);
			workbook.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);
			Sheet more = workbook.createSheet("Tambahan");
			fillData(workbook, more, 0);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	private static void fillData(Workbook workbook, Sheet sheet, int headerIndex) {
		Row header = sheet.createRow(headerIndex);
		String[] names = { "NIB", "Nama", "Nilai", "Omzet", "Telepon", "Tahun", "Tanggal", "Dua kali", "Sebutan", "Aktif" };
		for (int i = 0; i < names.length; i++) {
			header.createCell(i).setCellValue(names[i]);
		}
		var formats = workbook.createDataFormat();
		CellStyle thousands = workbook.createCellStyle();
		thousands.setDataFormat(formats.getFormat("#,##0"));
		CellStyle money = workbook.createCellStyle();
		money.setDataFormat(formats.getFormat("#,##0.00"));
		CellStyle year = workbook.createCellStyle();
		year.setDataFormat(formats.getFormat("yyyy"));
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(formats.getFormat("yyyy-mm-dd"));

		Row row = sheet.createRow(headerIndex + 1);
		row.createCell(0).setCellValue(9120000000000d);
		row.createCell(1).setCellValue("Batik\u00a0Sekar  Jagad");
		row.createCell(2).setCellValue(1234);
		row.getCell(2).setCellStyle(thousands);
		row.createCell(3).setCellValue(1250000.5);
		row.getCell(3).setCellStyle(money);
		row.createCell(4).setCellValue(812345678);
		row.createCell(5).setCellValue(2015);
		row.getCell(5).setCellStyle(year);
		row.createCell(6).setCellValue(LocalDate.of(2024, 7, 1));
		row.getCell(6).setCellStyle(date);
		int excelRow = headerIndex + 2;
		row.createCell(7).setCellFormula("C" + excelRow + "*2");
		row.createCell(8).setCellFormula("B" + excelRow + "&\" (Solo)\"");
		row.createCell(9).setCellValue(true);
		// a blank row in the middle: cells that exist but hold nothing (or only spaces)
		Row blank = sheet.createRow(headerIndex + 2);
		blank.createCell(0).setCellValue("");
		blank.createCell(3).setCellValue("   ");
		Row last = sheet.createRow(headerIndex + 3);
		last.createCell(0).setCellValue("9120000000001");
		last.createCell(1).setCellValue("Batik Kedua");
	}

	/**
	 * An ODS as LibreOffice writes it: an instructions sheet, a hidden sheet (table style with
	 * display=false) holding the same header, the data sheet with a title row and a repeated empty row
	 * at the end of 1,048,570 rows, repeated empty columns and a comment in a cell.
	 */
	private Path ods() throws IOException {
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
				 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
				 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
				 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
				<office:automatic-styles>
				<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
				<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>
				</office:automatic-styles>
				<office:body><office:spreadsheet>
				<table:table table:name="Petunjuk" table:style-name="ta1"><table:table-column/>
				<table:table-row><table:table-cell office:value-type="string"><text:p>Isi lembar Data IKM</text:p></table:table-cell></table:table-row>
				</table:table>
				<table:table table:name="Lama" table:style-name="ta2">
				<table:table-row><table:table-cell office:value-type="string"><text:p>NIB</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Nama</text:p></table:table-cell></table:table-row>
				</table:table>
				<table:table table:name="Data IKM" table:style-name="ta1">
				<table:table-column table:number-columns-repeated="6"/>
				<table:table-row><table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>Daftar IKM Batik</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="3"/><table:table-cell table:number-columns-repeated="16380"/></table:table-row>
				<table:table-row><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
				<table:table-row>%s</table:table-row>
				<table:table-row>%s</table:table-row>
				<table:table-row table:number-rows-repeated="1"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
				<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="float" office:value="812345678" calcext:value-type="float" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"><text:p>812345678</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Sama</text:p></table:table-cell></table:table-row>
				<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
				</table:table>
				</office:spreadsheet></office:body></office:document-content>
				""".formatted(
				stringCell("NIB") + stringCell("Nama") + stringCell("Nilai") + stringCell("Tanggal")
						+ "<table:table-cell/>" + stringCell("Aktif"),
				"<table:table-cell office:value-type=\"float\" office:value=\"9120000000000\"><text:p>9.12E+12</text:p></table:table-cell>"
						+ "<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>Budi</dc:creator><text:p>cek lagi</text:p></office:annotation><text:p>Batik<text:s text:c=\"3\"/>Sekar</text:p><text:p>Jagad</text:p></table:table-cell>"
						+ "<table:table-cell office:value-type=\"float\" office:value=\"1234\" table:formula=\"of:=1000+234\"><text:p>1.234</text:p></table:table-cell>"
						+ "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-07-01\"><text:p>01/07/2024</text:p></table:table-cell>"
						+ "<table:table-cell table:number-columns-repeated=\"1\"/>"
						+ "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
						+ "<table:table-cell table:number-columns-repeated=\"16378\"/>");
		Map<String, String> entries = new TreeMap<>();
		entries.put("content.xml", content);
		entries.put("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
		return zip("ikm.ods", entries, "application/vnd.oasis.opendocument.spreadsheet");
	}

	private static String stringCell(String text) {
		return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
	}

	private Path zip(String name, Map<String, String> entries) throws IOException {
		return zip(name, entries, null);
	}

	/** A zip with the given entries; an ODS mimetype entry comes first, as ODF requires. */
	private Path zip(String name, Map<String, String> entries, String mimetype) throws IOException {
		Path file = dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			if (mimetype != null) {
				zip.putNextEntry(new ZipEntry("mimetype"));
				zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
				zip.closeEntry();
			}
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

	private Map<Integer, List<Cell>> read(Path file, Format format, DataSheet sheet) throws Exception {
		Map<Integer, List<Cell>> rows = new TreeMap<>();
		List<Integer> order = new ArrayList<>();
		reader.read(file, format, sheet, (number, cells) -> {
			order.add(number);
			rows.put(number, List.copyOf(cells));
		});
		assertThat(order).as("rows in order, each once").isSorted().doesNotHaveDuplicates();
		return rows;
	}

	private static List<String> texts(List<Cell> cells) {
		return cells.stream().map(Cell::text).toList();
	}

	private interface Call {

		void run() throws Exception;
	}

	private static void assertRefused(Call call, String key) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(UnreadableFileException.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}
