package id.canting.shared.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/** The table writers without Spring: CSV escaping, BOM and injection guard; XLSX cell types; all pages read. */
class TableDownloadsTest {

	enum Status { SUBMITTED, VERIFIED }

	record Item(long id, String name, Status status, BigDecimal amount, LocalDate day, Instant at) {
	}

	static final Locale ID = Locale.forLanguageTag("id");
	static final Locale EN = Locale.ENGLISH;

	final TableDownloads downloads = new TableDownloads(Clock.systemUTC(), messages());

	final TableDefinition<Item> table = TableDefinition.<Item>of("items", "sheet")
		.number("col.id", Item::id)
		.text("col.name", Item::name)
		.label("col.status", "status.", Item::status)
		.number("col.amount", Item::amount)
		.date("col.day", Item::day)
		.dateTime("col.at", Item::at);

	static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("sheet", ID, "Daftar");
		messages.addMessage("sheet", EN, "List");
		messages.addMessage("col.id", ID, "ID");
		messages.addMessage("col.name", ID, "Nama");
		messages.addMessage("col.name", EN, "Name");
		messages.addMessage("col.status", ID, "Status");
		messages.addMessage("col.amount", ID, "Nilai (Rp)");
		messages.addMessage("col.day", ID, "Tanggal");
		messages.addMessage("col.at", ID, "Waktu");
		messages.addMessage("status.SUBMITTED", ID, "Diajukan");
		messages.addMessage("status.SUBMITTED", EN, "Submitted");
		messages.addMessage("status.VERIFIED", ID, "Terverifikasi");
		return messages;
	}

	static final List<Item> ITEMS = List.of(
			new Item(7, "Batik \"Sekar\", Pekalongan", Status.SUBMITTED, new BigDecimal("1500000"),
					LocalDate.of(2026, 12, 6), Instant.parse("2026-12-05T20:18:00Z")),
			new Item(8, "=HYPERLINK(\"http://x\")", Status.VERIFIED, new BigDecimal("2.5"), null, null),
			new Item(9, "Baris\nkedua, Ñ", Status.SUBMITTED, null, null, null));

	@Test
	void csvStartsWithAByteOrderMarkAndQuotesCommasQuotesAndLineBreaks() throws IOException {
		byte[] file = write(TableFormat.CSV, ID, ITEMS);
		assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).contains("\"Batik \"\"Sekar\"\", Pekalongan\"").contains("\"Baris\nkedua, Ñ\"");
		List<CSVRecord> rows = csv(file);
		assertThat(rows.get(0).values()).containsExactly("ID", "Nama", "Status", "Nilai (Rp)", "Tanggal", "Waktu");
		assertThat(rows.get(1).values()).containsExactly("7", "Batik \"Sekar\", Pekalongan", "Diajukan", "1500000",
				"2026-12-06", "2026-12-06 03:18");
		assertThat(rows.get(3).get(1)).isEqualTo("Baris\nkedua, Ñ");
	}

	@Test
	void csvGuardsAFormulaWithAQuoteButWritesNumbersPlainly() throws IOException {
		List<CSVRecord> rows = csv(write(TableFormat.CSV, ID, ITEMS));
		assertThat(rows.get(2).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(rows.get(2).get(3)).isEqualTo("2.5");
		assertThat(rows.get(2).get(4)).isEmpty();
	}

	@Test
	void headersAndLabelsFollowTheLanguageAndAnUnknownCodeStaysReadable() throws IOException {
		List<CSVRecord> rows = csv(write(TableFormat.CSV, EN, ITEMS));
		assertThat(rows.get(0).get(1)).isEqualTo("Name");
		// no English header given: the key's bundle falls back to the key itself, never an empty cell
		assertThat(rows.get(0).get(0)).isNotBlank();
		assertThat(rows.get(1).get(2)).isEqualTo("Submitted");
		assertThat(rows.get(2).get(2)).isEqualTo("VERIFIED");
	}

	@Test
	void xlsxWritesNumbersAsNumbersDatesAsDatesAndTextAsText() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(TableFormat.XLSX, ID, ITEMS)))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Daftar");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(7);
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1_500_000);
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Diajukan");
			assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
			assertThat(first.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 6, 0, 0));
			// a moment in Western Indonesian Time: 20:18 UTC is 03:18 the next day in Jakarta
			assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
			assertThat(first.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 6, 3, 18));
			Row second = sheet.getRow(2);
			assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(second.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
			assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(2.5);
			assertThat(second.getCell(4)).isNull();
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
		}
	}

	@Test
	void anEmptyTableIsAFileWithItsHeaderRowOnly() throws IOException {
		assertThat(csv(write(TableFormat.CSV, ID, List.of()))).hasSize(1);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(TableFormat.XLSX, ID, List.of())))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
	}

	@Test
	void allPagesReadsEveryPageInTheListsOrderAndStopsAfterTheLast() {
		List<Integer> numbers = java.util.stream.IntStream.range(0, 2 * PageRequest.MAX_SIZE + 3).boxed().toList();
		List<PageRequest> asked = new java.util.ArrayList<>();
		AllPages<Integer> all = AllPages.of(new PageRequest(4, 20, "id", false), page -> {
			asked.add(page);
			int from = (int) Math.min(page.offset(), numbers.size());
			int to = Math.min(from + page.size(), numbers.size());
			return PageResponse.of(numbers.subList(from, to), page, numbers.size());
		});
		List<Integer> read = new java.util.ArrayList<>();
		all.forEach(read::add);
		assertThat(read).isEqualTo(numbers);
		assertThat(asked).hasSize(3).allSatisfy(page -> {
			assertThat(page.sortProperty()).isEqualTo("id");
			assertThat(page.ascending()).isFalse();
		});
		assertThat(asked.get(0).page()).isZero();
	}

	@Test
	void formatAndLanguageAreCheckedNamingTheParameter() {
		assertThat(TableRequest.of("XLSX", "en")).isEqualTo(new TableRequest(TableFormat.XLSX, EN));
		assertThat(TableRequest.of(null, "id").format()).isEqualTo(TableFormat.CSV);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableRequest.of("pdf", "fr"))
			.isInstanceOfSatisfying(id.canting.shared.InvalidInputException.class, e -> assertThat(
					e.violations().stream().map(v -> v.field())).containsExactly("format", "lang"));
	}

	private byte[] write(TableFormat format, Locale locale, List<Item> items) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		downloads.write(format, locale, table, items, out);
		return out.toByteArray();
	}

	private static List<CSVRecord> csv(byte[] file) throws IOException {
		String text = new String(file, StandardCharsets.UTF_8).substring(1);
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}
}
