package id.canting.registry.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.registry.IkmColumn;
import id.canting.registry.SentraColumn;
import id.canting.shared.SpreadsheetCells;

/** Downloads of the IKM and sentra lists: one province at a time, to keep the suite fast. */
@CantingTest
class RegistryExportTest {

	static final String FILE_NAME = "attachment; filename=\"%s-\\d{4}-\\d{2}-\\d{2}\\.%s\"";

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestLogins logins;

	@Autowired
	MockMvc anonymous;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	@Test
	void csvOfAProvinceHasTheTemplateHeadersAndEveryRowOfTheList() throws Exception {
		MockMvc officer = as("officer.33");
		MvcResult result = officer.perform(get("/api/v1/ikm/export").param("province", "33").param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", matchesPattern(FILE_NAME.formatted("ikm", "csv"))))
			.andReturn();
		byte[] body = result.getResponse().getContentAsByteArray();
		// the byte order mark tells Excel the file is UTF-8
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = csv(body);
		assertThat(rows.get(0)).isEqualTo(Arrays.stream(IkmColumn.values()).map(c -> c.header("id")).toList());
		assertThat(rows).hasSize(1 + listTotal(officer, "33"));
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
			assertThat(row).hasSize(IkmColumn.values().length);
			// the regency as its code and official name, codes as the labels of the file's language
			assertThat(row.get(IkmColumn.REGENCY.ordinal())).matches("33\\.\\d{2} (Kabupaten|Kota) [A-Z][A-Za-z .'-]+");
			assertThat(row.get(IkmColumn.TECHNIQUES.ordinal())).matches("(Tulis|Cap|Kombinasi)(, (Cap|Kombinasi))*");
		});
	}

	@Test
	void sizeClassAndOwnerGenderFilterTheExportAsTheyFilterTheList() throws Exception {
		MockMvc officer = as("officer.33");
		List<List<String>> rows = csv(officer.perform(get("/api/v1/ikm/export").param("province", "33")
			.param("sizeClass", "MENENGAH").param("ownerGender", "FEMALE")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		long listed = com.jayway.jsonpath.JsonPath.parse(officer.perform(get("/api/v1/ikm").param("province", "33")
			.param("sizeClass", "MENENGAH").param("ownerGender", "FEMALE")).andReturn().getResponse().getContentAsString())
			.read("$.page.totalElements", Long.class);
		assertThat(listed).isPositive().isLessThan(listTotal(officer, "33"));
		assertThat(rows).hasSize(1 + (int) listed);
		assertThat(rows.subList(1, rows.size()))
			.allSatisfy(row -> assertThat(row.get(IkmColumn.OWNER_GENDER.ordinal())).isEqualTo("Perempuan"));
	}

	@Test
	void xlsxHoldsTheSameRowsAsCsvWithABoldHeaderAndNumbersAsNumbers() throws Exception {
		MockMvc officer = as("officer.33");
		List<List<String>> csv = csv(officer.perform(get("/api/v1/ikm/export").param("province", "33").param("kind", "REGULAR"))
			.andReturn().getResponse().getContentAsByteArray());
		MvcResult result = officer.perform(get("/api/v1/ikm/export").param("province", "33").param("kind", "REGULAR")
			.param("format", "xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", matchesPattern(FILE_NAME.formatted("ikm", "xlsx"))))
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("IKM");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getRow(1).getCell(IkmColumn.INVESTMENT.ordinal()).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(IkmColumn.REGENCY.ordinal()).getCellType()).isEqualTo(CellType.STRING);
			assertThat(xlsx(sheet, IkmColumn.values().length)).isEqualTo(csv);
		}
	}

	@Test
	@Transactional
	void neutralisesValuesAFormulaCouldHideInWhileKeepingThemRestorable() throws Exception {
		long id = jdbc.sql("select min(id) from ikm where province_code = '33'").query(Long.class).single();
		String name = "=HYPERLINK(\"http://contoh.id\",\"Batik\")";
		jdbc.sql("update ikm set name = :name, phone = '+62812345678' where id = :id").param("name", name).param("id", id).update();
		MockMvc officer = as("officer.33");
		List<String> csvRow = csv(officer.perform(get("/api/v1/ikm/export").param("province", "33").param("q", "hyperlink"))
			.andReturn().getResponse().getContentAsByteArray()).get(1);
		assertThat(csvRow.get(IkmColumn.NAME.ordinal())).isEqualTo("'" + name);
		assertThat(csvRow.get(IkmColumn.PHONE.ordinal())).isEqualTo("'+62812345678");
		assertThat(SpreadsheetCells.restore(csvRow.get(IkmColumn.NAME.ordinal()))).isEqualTo(name);
		byte[] xlsx = officer.perform(get("/api/v1/ikm/export").param("province", "33").param("q", "hyperlink")
			.param("format", "xlsx")).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var cell = workbook.getSheetAt(0).getRow(1).getCell(IkmColumn.NAME.ordinal());
			assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).isEqualTo("'" + name);
		}
	}

	@Test
	@Transactional
	void listsAreLabelsInEnumOrderJoinedWithACommaAndASpaceInTheFilesLanguage() throws Exception {
		long id = jdbc.sql("select min(id) from ikm where province_code = '33'").query(Long.class).single();
		jdbc.sql("update ikm set name = 'Batik Uji Urutan Ekspor' where id = ?").param(id).update();
		jdbc.sql("delete from ikm_technique where ikm_id = ?").param(id).update();
		jdbc.sql("delete from ikm_category where ikm_id = ?").param(id).update();
		jdbc.sql("delete from ikm_dye where ikm_id = ?").param(id).update();
		// inserted against the enum order, to show the export sorts them
		jdbc.sql("insert into ikm_technique (ikm_id, technique) values (?, 'KOMBINASI'), (?, 'TULIS')").params(id, id).update();
		jdbc.sql("insert into ikm_category (ikm_id, category) values (?, 'CLOTHING'), (?, 'FABRIC')").params(id, id).update();
		List<List<String>> rows = csv(as("admin").perform(get("/api/v1/ikm/export").param("q", "uji urutan ekspor"))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(IkmColumn.TECHNIQUES.ordinal())).isEqualTo("Tulis, Kombinasi");
		assertThat(rows.get(1).get(IkmColumn.CATEGORIES.ordinal())).isEqualTo("Kain, Pakaian");
		assertThat(rows.get(1).get(IkmColumn.DYES.ordinal())).isEmpty();
		List<List<String>> english = csv(as("admin").perform(get("/api/v1/ikm/export").param("q", "uji urutan ekspor")
			.param("lang", "en")).andReturn().getResponse().getContentAsByteArray());
		assertThat(english.get(1).get(IkmColumn.TECHNIQUES.ordinal())).isEqualTo("Tulis (hand-drawn), Kombinasi (combined)");
		assertThat(english.get(1).get(IkmColumn.CATEGORIES.ordinal())).isEqualTo("Fabric, Clothing");
		assertThat(english.get(1).get(IkmColumn.OWNER_GENDER.ordinal())).isIn("Female", "Male");
		assertThat(english.get(1).get(IkmColumn.KIND.ordinal())).isIn("Regular business", "Prison unit", "Cooperative");
	}

	@Test
	@Transactional
	void identifiersAreTextCellsWithTheTextFormatSoSpreadsheetToolsKeepTheirLeadingZeros() throws Exception {
		long id = jdbc.sql("select min(id) from ikm where regency_code = '33.26'").query(Long.class).single();
		jdbc.sql("update ikm set name = 'Batik Uji Nol Depan', nib = '0123456789012', phone = '081234567812' where id = ?")
			.param(id).update();
		byte[] xlsx = as("officer.33").perform(get("/api/v1/ikm/export").param("q", "uji nol depan").param("format", "xlsx"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row row = sheet.getRow(1);
			for (IkmColumn column : List.of(IkmColumn.NIB, IkmColumn.PHONE, IkmColumn.REGENCY)) {
				var cell = row.getCell(column.ordinal());
				assertThat(cell.getCellType()).as(column.name()).isEqualTo(CellType.STRING);
				assertThat(cell.getCellStyle().getDataFormatString()).as(column.name()).isEqualTo("@");
				// the whole column is text, for values typed in later
				assertThat(sheet.getColumnStyle(column.ordinal()).getDataFormatString()).as(column.name()).isEqualTo("@");
			}
			assertThat(row.getCell(IkmColumn.NIB.ordinal()).getStringCellValue()).isEqualTo("0123456789012");
			assertThat(row.getCell(IkmColumn.PHONE.ordinal()).getStringCellValue()).isEqualTo("081234567812");
			assertThat(row.getCell(IkmColumn.REGENCY.ordinal()).getStringCellValue()).isEqualTo("33.26 Kabupaten Pekalongan");
			var canting = row.getCell(IkmColumn.ID.ordinal());
			assertThat(canting.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(canting.getCellStyle().getDataFormatString()).isEqualTo("0");
			assertThat((long) canting.getNumericCellValue()).isEqualTo(id);
			assertThat(row.getCell(IkmColumn.WORKERS_MALE.ordinal()).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void headersAreInEnglishOnRequest() throws Exception {
		List<List<String>> rows = csv(as("officer.33").perform(get("/api/v1/ikm/export").param("province", "33")
			.param("status", "INACTIVE").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(rows.get(0)).isEqualTo(Arrays.stream(IkmColumn.values()).map(c -> c.header("en")).toList());
		assertThat(rows.get(0)).contains("IKM name", "Owner name");
	}

	@Test
	void refusesWhoMayNotReadTheRegistryWithPersonalFields() throws Exception {
		as("officer.33").perform(get("/api/v1/ikm/export").param("province", "35"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Content-Disposition"))
			.andExpect(jsonPath("$.status").value(403));
		as("buyer").perform(get("/api/v1/ikm/export").param("province", "33")).andExpect(status().isForbidden());
		anonymous.perform(get("/api/v1/ikm/export").param("province", "33")).andExpect(status().isUnauthorized());
		anonymous.perform(get("/ikm/export").param("province", "33")).andExpect(status().is3xxRedirection());
	}

	@Test
	void anOwnerDownloadsOnlyTheirOwnIkmWithItsPersonalFields() throws Exception {
		List<List<String>> rows = csv(as("owner").perform(get("/api/v1/ikm/export")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		int owned = sessions.principalOf("owner").orElseThrow().actor().ikmIds().size();
		assertThat(rows).hasSize(1 + owned);
		assertThat(rows.get(1).get(IkmColumn.OWNER_NAME.ordinal())).isNotEmpty();
	}

	@Test
	void refusesAnUnknownFormatNamingTheField() throws Exception {
		as("officer.33").perform(get("/api/v1/ikm/export").param("province", "33").param("format", "pdf"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		anonymous.perform(get("/api/v1/sentra/export").param("lang", "jv"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lang"));
	}

	@Test
	void everySentraIsPublicToDownload() throws Exception {
		List<List<String>> rows = csv(anonymous.perform(get("/api/v1/sentra/export"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", matchesPattern(FILE_NAME.formatted("sentra", "csv"))))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).isEqualTo(Arrays.stream(SentraColumn.values()).map(c -> c.header("id")).toList());
		assertThat(rows).hasSize(1 + 201);
		byte[] xlsx = anonymous.perform(get("/sentra/export").param("province", "35").param("format", "xlsx"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Sentra");
			long inProvince = rows.stream().filter(row -> row.get(SentraColumn.REGENCY.ordinal()).startsWith("35.")).count();
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) inProvince);
		}
	}

	@Test
	void theListPagesOfferDownloadsWithTheirFilters() throws Exception {
		MockMvc officer = as("officer.33");
		var ikmPage = Jsoup.parse(officer.perform(get("/ikm").param("province", "33").param("technique", "CAP"))
			.andReturn().getResponse().getContentAsString());
		String csvLink = ikmPage.select("#ikm-export-csv").attr("href");
		assertThat(csvLink).startsWith("/ikm/export?format=csv").contains("province=33", "technique=CAP");
		assertThat(ikmPage.select("#ikm-export-xlsx").attr("href")).startsWith("/ikm/export?format=xlsx");
		List<List<String>> rows = csv(officer.perform(get(csvLink)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(rows.get(0)).isEqualTo(Arrays.stream(IkmColumn.values()).map(c -> c.header("id")).toList());
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(IkmColumn.TECHNIQUES.ordinal())).contains("Cap"));
		var sentraPage = Jsoup.parse(anonymous.perform(get("/sentra").param("province", "35")).andReturn().getResponse()
			.getContentAsString());
		assertThat(sentraPage.select("#sentra-export-xlsx").attr("href")).startsWith("/sentra/export?format=xlsx")
			.contains("province=35");
	}

	private MockMvc as(String username) {
		return AsUser.mockMvc(context, logins, username);
	}

	private static int listTotal(MockMvc mvc, String province) throws Exception {
		String json = mvc.perform(get("/api/v1/ikm").param("province", province).param("size", "1")).andReturn().getResponse()
			.getContentAsString();
		var matcher = java.util.regex.Pattern.compile("\"totalElements\":(\\d+)").matcher(json);
		assertThat(matcher.find()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static List<List<String>> csv(byte[] body) throws IOException {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<List<String>> rows = new ArrayList<>();
		for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
			rows.add(record.toList());
		}
		return rows;
	}

	/** The sheet as the import would read it: each cell as its displayed text, missing cells empty. */
	private static List<List<String>> xlsx(Sheet sheet, int columns) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> values = new ArrayList<>();
			for (int i = 0; i < columns; i++) {
				values.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
			}
			rows.add(values);
		}
		return rows;
	}
}
