package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.imports.internal.TemplateWriter;
import id.canting.registry.IkmColumn;

/**
 * The import template teaches: a data sheet with one marked example row, drop-down lists of the
 * labels of its language, text formats for identifiers; an instructions sheet; CSV in both separators.
 */
@CantingTest
class ImportTemplateTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	List<ImportRows> kinds;

	@Test
	void xlsxHasTheDataSheetFirstTheInstructionsThenAHiddenSheetOfLists() throws Exception {
		try (XSSFWorkbook workbook = xlsx("ikm", "id")) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetName(0)).isEqualTo("Data");
			assertThat(workbook.getSheetName(1)).isEqualTo("Petunjuk");
			assertThat(workbook.getSheetName(2)).isEqualTo("Daftar");
			assertThat(workbook.getActiveSheetIndex()).isZero();
			assertThat(workbook.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);
			assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VISIBLE);
			assertThat(workbook.getSheetVisibility(2)).isEqualTo(SheetVisibility.HIDDEN);
			XSSFSheet data = workbook.getSheet("Data");
			assertThat(cells(data.getRow(0)))
				.isEqualTo(Arrays.stream(IkmColumn.values()).map(c -> c.header("id")).toList());
			assertThat(workbook.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(data.getPaneInformation().isFreezePane()).isTrue();
			assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		}
	}

	@Test
	void theExampleRowIsMarkedGreyAndItalicAndHoldsValidLabels() throws Exception {
		try (XSSFWorkbook workbook = xlsx("ikm", "id")) {
			XSSFSheet data = workbook.getSheet("Data");
			Row example = data.getRow(1);
			assertThat(example.getCell(0).getStringCellValue()).isEqualTo("CONTOH");
			var font = workbook.getFontAt(example.getCell(0).getCellStyle().getFontIndex());
			assertThat(font.getItalic()).isTrue();
			assertThat(font.getColor()).isEqualTo(IndexedColors.GREY_50_PERCENT.getIndex());
			assertThat(text(example, IkmColumn.OWNER_GENDER)).isEqualTo("Perempuan");
			assertThat(text(example, IkmColumn.REGENCY)).isEqualTo("33.26 Kabupaten Pekalongan");
			assertThat(text(example, IkmColumn.NIB)).isEqualTo("0220001234567");
			assertThat(text(example, IkmColumn.PHONE)).isEqualTo("081234567812");
			assertThat(example.getCell(IkmColumn.INVESTMENT.ordinal()).getNumericCellValue()).isEqualTo(150_000_000d);
			assertThat(data.getLastRowNum()).isEqualTo(1);
			// every coded example is one of its column's labels, so the example is a valid row
			Map<Integer, List<String>> lists = dropDowns(workbook);
			for (IkmColumn column : List.of(IkmColumn.OWNER_GENDER, IkmColumn.KIND, IkmColumn.REGENCY)) {
				assertThat(lists.get(column.ordinal())).as(column.name()).contains(text(example, column));
			}
			for (IkmColumn column : List.of(IkmColumn.TECHNIQUES, IkmColumn.CATEGORIES, IkmColumn.DYES)) {
				assertThat(lists.get(column.ordinal())).as(column.name())
					.containsAll(List.of(text(example, column).split(", ")));
			}
		}
	}

	@Test
	void everyCodedColumnAndTheRegencyOfferTheLabelsOfTheTemplatesLanguage() throws Exception {
		try (XSSFWorkbook id = xlsx("ikm", "id"); XSSFWorkbook en = xlsx("ikm", "en")) {
			Map<Integer, List<String>> indonesian = dropDowns(id);
			assertThat(indonesian).containsOnlyKeys(IkmColumn.OWNER_GENDER.ordinal(), IkmColumn.KIND.ordinal(),
					IkmColumn.TECHNIQUES.ordinal(), IkmColumn.CATEGORIES.ordinal(), IkmColumn.DYES.ordinal(),
					IkmColumn.REGENCY.ordinal());
			assertThat(indonesian.get(IkmColumn.OWNER_GENDER.ordinal())).containsExactly("Perempuan", "Laki-laki");
			assertThat(indonesian.get(IkmColumn.TECHNIQUES.ordinal())).containsExactly("Tulis", "Cap", "Kombinasi");
			assertThat(indonesian.get(IkmColumn.CATEGORIES.ordinal())).containsExactly("Kain", "Pakaian",
					"Aksesori fesyen", "Lainnya");
			assertThat(indonesian.get(IkmColumn.REGENCY.ordinal())).hasSize(514)
				.contains("33.26 Kabupaten Pekalongan", "33.75 Kota Pekalongan");
			Map<Integer, List<String>> english = dropDowns(en);
			assertThat(english.get(IkmColumn.OWNER_GENDER.ordinal())).containsExactly("Female", "Male");
			assertThat(english.get(IkmColumn.TECHNIQUES.ordinal())).containsExactly("Tulis (hand-drawn)", "Cap (stamped)",
					"Kombinasi (combined)");
			assertThat(en.getSheetName(1)).isEqualTo("Instructions");
			assertThat(en.getSheetName(2)).isEqualTo("Lists");
			assertThat(en.getSheet("Data").getRow(1).getCell(0).getStringCellValue()).isEqualTo("EXAMPLE");
			assertThat(text(en.getSheet("Data").getRow(1), IkmColumn.TECHNIQUES))
				.isEqualTo("Tulis (hand-drawn), Cap (stamped)");
		}
	}

	@Test
	void aSingleCodeMustComeFromTheListWhileTypedListsAndRegencyNamesAreOnlyWarned() throws Exception {
		try (XSSFWorkbook workbook = xlsx("ikm", "id")) {
			XSSFSheet data = workbook.getSheet("Data");
			assertThat(validation(data, IkmColumn.OWNER_GENDER).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			assertThat(validation(data, IkmColumn.KIND).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			assertThat(validation(data, IkmColumn.TECHNIQUES).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
			assertThat(validation(data, IkmColumn.REGENCY).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
			CellRangeAddress rows = validation(data, IkmColumn.REGENCY).getRegions().getCellRangeAddress(0);
			assertThat(rows.getFirstRow()).isEqualTo(1);
			assertThat(rows.getLastRow()).isEqualTo(9_999);
		}
	}

	@Test
	void identifierColumnsAreTextForEveryRowAndNumbersAreNot() throws Exception {
		try (XSSFWorkbook workbook = xlsx("ikm", "id")) {
			XSSFSheet data = workbook.getSheet("Data");
			for (IkmColumn column : List.of(IkmColumn.NIB, IkmColumn.PHONE, IkmColumn.SENTRA, IkmColumn.REGENCY)) {
				assertThat(data.getColumnStyle(column.ordinal()).getDataFormatString()).as(column.name()).isEqualTo("@");
				assertThat(data.getRow(1).getCell(column.ordinal()).getCellStyle().getDataFormatString()).as(column.name())
					.isEqualTo("@");
			}
			assertThat(data.getColumnStyle(IkmColumn.WORKERS_MALE.ordinal()).getDataFormatString()).isNotEqualTo("@");
			assertThat(data.getColumnWidth(IkmColumn.REGENCY.ordinal())).isGreaterThan(data.getColumnWidth(IkmColumn.NIB.ordinal()));
		}
		try (XSSFWorkbook trade = xlsx("trade", "id")) {
			// a month typed into a number cell becomes a date
			assertThat(trade.getSheet("Data").getColumnStyle(0).getDataFormatString()).isEqualTo("@");
		}
	}

	@ParameterizedTest
	@CsvSource({ "ikm,id", "ikm,en", "sentra,id", "sentra,en", "report,id", "report,en", "trade,id", "trade,en" })
	void theInstructionsExplainEveryColumnWithItsRuleAndAnExample(String kind, String language) throws Exception {
		ImportRows rows = kinds.stream().filter(k -> k.kind().name().equalsIgnoreCase(kind)).findFirst().orElseThrow();
		try (XSSFWorkbook workbook = xlsx(kind, language)) {
			XSSFSheet instructions = workbook.getSheetAt(1);
			List<List<String>> lines = new ArrayList<>();
			instructions.forEach(row -> lines.add(cells(row)));
			assertThat(lines.get(0).get(0)).isNotBlank();
			for (ColumnSpec column : rows.columns()) {
				List<String> line = lines.stream()
					.filter(l -> !l.isEmpty() && l.get(0).equals(column.header(language)))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no instructions for " + column.field()));
				assertThat(line).as(column.field()).hasSizeGreaterThanOrEqualTo(4);
				assertThat(line.get(1)).as(column.field()).isEqualTo(column.required() ? ("en".equals(language) ? "Yes" : "Ya")
						: ("en".equals(language) ? "No" : "Tidak"));
				assertThat(line.get(2)).as(column.field() + " rule").isNotBlank();
				assertThat(line.get(3)).as(column.field() + " example").isNotBlank();
				if (column.codes() != null) {
					assertThat(line.get(4)).as(column.field() + " labels").isNotBlank();
				}
			}
			String marker = "en".equals(language) ? "EXAMPLE" : "CONTOH";
			assertThat(workbook.getSheet("Data").getRow(1).getCell(0).getStringCellValue()).isEqualTo(marker);
			assertThat(String.join(" ", lines.stream().flatMap(List::stream).toList())).contains(marker);
		}
	}

	@Test
	void theInstructionsListTheLabelsAcceptedInTheTemplatesLanguage() throws Exception {
		try (XSSFWorkbook workbook = xlsx("sentra", "en")) {
			List<List<String>> lines = new ArrayList<>();
			workbook.getSheet("Instructions").forEach(row -> lines.add(cells(row)));
			List<String> revitalisation = lines.stream().filter(l -> !l.isEmpty() && l.get(0).equals("Revitalisation"))
				.findFirst().orElseThrow();
			assertThat(revitalisation.get(4)).contains("None", "Planned", "In progress", "Done");
			assertThat(revitalisation.get(1)).isEqualTo("No");
		}
	}

	@Test
	void csvComesWithCommasOrSemicolonsAndCarriesTheExampleRow() throws Exception {
		List<CSVRecord> comma = csv(download(get("/api/v1/imports/ikm/template").param("format", "csv")
			.with(logins.as("admin"))), ',');
		List<CSVRecord> semicolon = csv(download(get("/api/v1/imports/ikm/template").param("format", "csv")
			.param("separator", "semicolon").param("lang", "en").with(logins.as("admin"))), ';');
		assertThat(comma).hasSize(2);
		assertThat(comma.get(0).toList()).isEqualTo(Arrays.stream(IkmColumn.values()).map(c -> c.header("id")).toList());
		assertThat(comma.get(1).get(0)).isEqualTo("CONTOH");
		assertThat(comma.get(1).get(IkmColumn.TECHNIQUES.ordinal())).isEqualTo("Tulis, Cap");
		assertThat(semicolon).hasSize(2);
		assertThat(semicolon.get(0).toList()).isEqualTo(Arrays.stream(IkmColumn.values()).map(c -> c.header("en")).toList());
		assertThat(semicolon.get(1).get(0)).isEqualTo("EXAMPLE");
		assertThat(semicolon.get(1).get(IkmColumn.TECHNIQUES.ordinal())).isEqualTo("Tulis (hand-drawn), Cap (stamped)");
		assertThat(semicolon.get(1).get(IkmColumn.NIB.ordinal())).isEqualTo("0220001234567");
	}

	@Test
	void refusesAnUnknownSeparatorNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/imports/ikm/template").param("format", "csv").param("separator", "tab")
			.with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("separator"));
	}

	@Test
	void theImportPageOffersEveryTemplateAsXlsxAndBothCsvs() throws Exception {
		var page = Jsoup.parse(mvc.perform(get("/imports").with(logins.as("officer.33"))).andReturn().getResponse()
			.getContentAsString());
		for (String kind : List.of("ikm", "sentra", "report", "trade")) {
			assertThat(page.select("#template-" + kind + "-xlsx").attr("href"))
				.isEqualTo("/imports/template/" + kind + "?format=xlsx");
			assertThat(page.select("#template-" + kind + "-csv-semicolon").attr("href"))
				.isEqualTo("/imports/template/" + kind + "?format=csv&separator=semicolon");
			assertThat(page.select("#template-" + kind + "-csv-comma").attr("href"))
				.isEqualTo("/imports/template/" + kind + "?format=csv&separator=comma");
		}
		var response = download(get("/imports/template/sentra").param("format", "csv").param("separator", "semicolon")
			.with(logins.as("officer.33")));
		assertThat(response.getHeader("Content-Disposition")).contains("template-sentra-id-semicolon.csv");
		List<CSVRecord> rows = csv(response, ';');
		assertThat(rows.get(0).get(0)).isEqualTo("Kode sentra");
		assertThat(rows.get(1).get(0)).isEqualTo("CONTOH");
	}

	@Test
	void theExampleMarkerIsRecognisedInEitherLanguageAndAnyCase() {
		assertThat(TemplateWriter.isExampleMarker("CONTOH")).isTrue();
		assertThat(TemplateWriter.isExampleMarker(" example\u00A0")).isTrue();
		assertThat(TemplateWriter.isExampleMarker("Contoh")).isTrue();
		assertThat(TemplateWriter.isExampleMarker("CONTOH 2")).isFalse();
		assertThat(TemplateWriter.isExampleMarker("")).isFalse();
		assertThat(TemplateWriter.isExampleMarker(null)).isFalse();
	}

	private XSSFWorkbook xlsx(String kind, String language) throws Exception {
		var response = download(get("/api/v1/imports/" + kind + "/template").param("format", "xlsx").param("lang", language)
			.with(logins.as("admin")));
		return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	/** A template comes whole in the answer (ImportViews.template). */
	private org.springframework.mock.web.MockHttpServletResponse download(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk())
			.andExpect(header().exists("Content-Disposition")).andReturn().getResponse();
	}

	private static List<CSVRecord> csv(org.springframework.mock.web.MockHttpServletResponse response, char delimiter)
			throws IOException {
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	/** The drop-down of each data column, as the labels its list range holds on the hidden sheet. */
	private static Map<Integer, List<String>> dropDowns(XSSFWorkbook workbook) {
		Map<Integer, List<String>> lists = new java.util.HashMap<>();
		for (XSSFDataValidation validation : workbook.getSheet("Data").getDataValidations()) {
			String formula = validation.getValidationConstraint().getFormula1();
			AreaReference area = new AreaReference(formula, workbook.getSpreadsheetVersion());
			List<String> labels = new ArrayList<>();
			for (CellReference ref : area.getAllReferencedCells()) {
				labels.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol())
					.getStringCellValue());
			}
			lists.put(validation.getRegions().getCellRangeAddress(0).getFirstColumn(), labels);
		}
		return lists;
	}

	private static XSSFDataValidation validation(XSSFSheet data, IkmColumn column) {
		return data.getDataValidations().stream()
			.filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column.ordinal())
			.findFirst()
			.orElseThrow();
	}

	private static String text(Row row, IkmColumn column) {
		return row.getCell(column.ordinal()).getStringCellValue();
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			Cell cell = row.getCell(i);
			values.add(cell == null ? "" : cell.toString());
		}
		return values;
	}
}
