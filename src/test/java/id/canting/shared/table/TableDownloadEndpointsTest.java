package id.canting.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.registry.events.IkmDeactivated;
import id.canting.registry.IkmId;
import id.canting.registry.events.IkmUpdated;
import id.canting.shared.FieldChange;

/**
 * The table downloads against the lists they copy: each file holds exactly the rows its page or JSON
 * twin shows under the same filters, in the reader's scope, with labels and typed cells.
 */
@CantingTest
class TableDownloadEndpointsTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestLogins logins;

	@Autowired
	MockMvc anonymous;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void theOfficersQueueDownloadHoldsExactlyTheApplicationsOfTheirQueue() throws Exception {
		MockMvc officer = as("officer.33");
		// the page's default for an officer: submitted applications of their own province
		List<CSVRecord> rows = csv(officer, get("/applications/export").param("format", "csv"));
		assertThat(rows.get(0).get(0)).isEqualTo("Permohonan");
		Set<String> listed = ids(officer, get("/api/v1/applications").param("status", "SUBMITTED").param("size", "200"));
		assertThat(listed).isNotEmpty();
		assertThat(column(rows, 0)).isEqualTo(listed);
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
			assertThat(row.get(5)).isEqualTo("Jawa Tengah");
			assertThat(row.get(6)).isEqualTo("Diajukan");
		});
		// the page's province filter is the admin's only; an officer's file never leaves their province
		List<CSVRecord> asked = csv(officer, get("/applications/export").param("province", "35"));
		assertThat(column(asked, 0)).isEqualTo(listed);
	}

	@Test
	void theApiDownloadTakesTheListsFiltersAndWritesEnglishLabelsOnRequest() throws Exception {
		MockMvc admin = as("admin");
		List<CSVRecord> rows = csv(admin,
				get("/api/v1/applications/export").param("province", "35").param("status", "").param("lang", "en"));
		Set<String> listed = ids(admin, get("/api/v1/applications").param("province", "35").param("size", "200"));
		assertThat(column(rows, 0)).isEqualTo(listed);
		assertThat(rows.get(0).get(1)).isEqualTo("Applicant");
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(5)).isEqualTo("Jawa Timur"));
	}

	@Test
	void theQueueAsXlsxHasNumbersAndDatesAsSuch() throws Exception {
		byte[] file = as("admin").perform(get("/applications/export").param("format", "xlsx").param("status", ""))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isPositive();
			var row = sheet.getRow(1);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(10))).isTrue();
		}
	}

	@Test
	@Transactional
	void theAuditLogDownloadHoldsTheSearchedEntriesAndAnOfficerOnlyTheirProvinces() throws Exception {
		String actor = "table.download.test";
		events.publishEvent(new IkmUpdated(new IkmId(991_033), "33", List.of(new FieldChange("workersFemale", "6", "30")), actor));
		events.publishEvent(new IkmDeactivated(new IkmId(991_035), "35", actor));
		List<CSVRecord> rows = csv(as("admin"), get("/audit/export").param("user", actor));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get(0)).isEqualTo("Waktu");
		// newest first, as the page lists them; actions as labels, changes with the field's label
		assertThat(rows.get(1).get(2)).isEqualTo("Dinonaktifkan");
		assertThat(rows.get(2).get(2)).isEqualTo("Diubah");
		assertThat(rows.get(2).get(8)).isEqualTo("Tenaga kerja perempuan: 6 → 30");
		List<CSVRecord> officers = csv(as("officer.33"), get("/api/v1/audit/export").param("user", actor));
		assertThat(officers).hasSize(2);
		assertThat(officers.get(1).get(5)).isEqualTo("991033");
		as("officer.33").perform(get("/audit/export")).andExpect(status().isForbidden());
		as("buyer").perform(get("/api/v1/audit/export")).andExpect(status().isForbidden());
	}

	@Test
	void thePublicRegisterDownloadsWithItsFiltersForAnyone() throws Exception {
		List<CSVRecord> rows = csv(anonymous, get("/certificates/export").param("technique", "TULIS"));
		String json = anonymous.perform(get("/api/v1/certificates").param("technique", "TULIS").param("size", "200"))
			.andReturn().getResponse().getContentAsString();
		List<String> numbers = JsonPath.read(json, "$.content[*].number");
		// every page of the register, not only the first 200: in the register's order
		assertThat(rows).hasSize(1 + JsonPath.<Integer>read(json, "$.page.totalElements"));
		assertThat(rows.stream().skip(1).limit(numbers.size()).map(r -> r.get(0)).toList()).isEqualTo(numbers);
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(5)).startsWith("Tulis"));
	}

	@Test
	void workQueuesDownloadTheRowsTheirListsShow() throws Exception {
		MockMvc officer = as("officer.33");
		assertThat(csv(officer, get("/reports/review/export"))).hasSize(1 + total(officer, get("/api/v1/reports/review")));
		assertThat(csv(officer, get("/api/v1/ikm/changes/export")))
			.hasSize(1 + total(officer, get("/api/v1/ikm/changes")));
		MockMvc assessor = as("assessor");
		int queue = JsonPath.<List<?>>read(assessor.perform(get("/api/v1/certification/applications")).andReturn()
			.getResponse().getContentAsString(), "$").size();
		assertThat(csv(assessor, get("/certification/applications/export"))).hasSize(1 + queue);
		List<?> due = JsonPath.read(assessor.perform(get("/api/v1/certification/surveillance").param("overdue", "true"))
			.andReturn().getResponse().getContentAsString(), "$");
		List<CSVRecord> overdue = csv(assessor, get("/certification/surveillance/export").param("overdue", "true"));
		assertThat(overdue).hasSize(1 + due.size());
		assertThat(overdue.subList(1, overdue.size())).allSatisfy(row -> assertThat(row.get(8)).isEqualTo("Ya"));
	}

	@Test
	void participantsAndDashboardTablesDownloadAsTheirPagesShowThem() throws Exception {
		MockMvc admin = as("admin");
		String code = jdbc.sql("select min(p.code) from programme p join programme_participant pp on pp.programme_id = p.id")
			.query(String.class).single();
		List<CSVRecord> participants = csv(admin, get("/programmes/" + code + "/participants/export"));
		assertThat(participants).hasSize(1 + total(admin, get("/api/v1/programmes/" + code + "/participants")));
		assertThat(participants.subList(1, participants.size()))
			.allSatisfy(row -> assertThat(row.get(2)).isIn("Perempuan", "Laki-laki"));
		String dashboard = admin.perform(get("/api/v1/programmes/dashboard")).andReturn().getResponse().getContentAsString();
		List<String> programmes = JsonPath.read(dashboard, "$.programmes[*].code");
		assertThat(csv(admin, get("/programmes/dashboard/programmes/export")).stream().skip(1).map(r -> r.get(0)).toList())
			.isEqualTo(programmes);
		List<?> provinces = JsonPath.read(dashboard, "$.byProvince");
		assertThat(csv(admin, get("/api/v1/programmes/dashboard/by-province/export"))).hasSize(1 + provinces.size());
		String months = admin.perform(get("/api/v1/trade/exports/by-month")).andReturn().getResponse().getContentAsString();
		List<?> monthRows = JsonPath.read(months, "$.rows");
		List<CSVRecord> byMonth = csv(admin, get("/statistics/exports/by-month/export"));
		assertThat(byMonth).hasSize(1 + monthRows.size());
		assertThat(byMonth.get(1).get(0)).matches("[A-Z][a-z]+ \\d{4}");
		assertThat(csv(admin, get("/api/v1/trade/exports/by-destination/export").param("top", "5"))).hasSize(1 + 5);
	}

	@Test
	void downloadLinksCarryThePagesFiltersButNotItsPageNumber() throws Exception {
		// in the query string, as a browser sends them (MockMvc's param() leaves the query string empty)
		var page = Jsoup.parse(as("admin").perform(get("/applications?status=VERIFIED&year=2024&page=0")).andReturn()
			.getResponse().getContentAsString());
		String href = page.select("a.download-xlsx").attr("href");
		assertThat(href).startsWith("/applications/export?").contains("status=VERIFIED").contains("year=2024")
			.contains("format=xlsx").doesNotContain("page=");
		assertThat(page.select("input#select-all").attr("aria-label")).isNotBlank();
		assertThat(page.select("input#select-all").hasAttr("name")).isFalse();
	}

	@Test
	void theSurveillanceListAndTheCatalogueArePagedWithPageNumbers() throws Exception {
		MockMvc assessor = as("assessor");
		List<?> due = JsonPath.read(assessor.perform(get("/api/v1/certification/surveillance")).andReturn().getResponse()
			.getContentAsString(), "$");
		assertThat(due.size()).isGreaterThan(40);
		var first = Jsoup.parse(assessor.perform(get("/certification/surveillance")).andReturn().getResponse().getContentAsString());
		assertThat(first.select("#surveillance-due tbody tr")).hasSize(20);
		assertThat(first.select("nav.pager .page-numbers .current").text()).isEqualTo("1");
		int pages = (due.size() + 19) / 20;
		assertThat(first.select("nav.pager .page-numbers a").last().text()).isEqualTo(String.valueOf(pages));
		assertThat(first.select("nav.pager .gap")).isNotEmpty();
		var last = Jsoup.parse(assessor.perform(get("/certification/surveillance").param("page", String.valueOf(pages - 1)))
			.andReturn().getResponse().getContentAsString());
		assertThat(last.select("#surveillance-due tbody tr")).hasSize(due.size() - 20 * (pages - 1));
		assertThat(csv(assessor, get("/certification/surveillance/export"))).hasSize(1 + due.size());

		var catalogue = Jsoup.parse(anonymous.perform(get("/catalogue").param("page", "3")).andReturn().getResponse()
			.getContentAsString());
		assertThat(catalogue.select("nav.pager a[rel=prev]")).hasSize(1);
		assertThat(catalogue.select("nav.pager .page-numbers a").eachText()).contains("1", "3", "5");
		assertThat(catalogue.select("nav.pager .page-numbers a").first().attr("href")).contains("page=0");
	}

	@Test
	void anUnknownFormatOrLanguageIsRefusedNamingTheParameter() throws Exception {
		as("admin").perform(get("/api/v1/audit/export").param("format", "pdf"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("format"));
	}

	private MockMvc as(String username) {
		return AsUser.mockMvc(context, logins, username);
	}

	private static List<CSVRecord> csv(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		byte[] body = mvc.perform(request).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8")).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		return parse(body);
	}

	static List<CSVRecord> parse(byte[] body) throws IOException {
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		return new ArrayList<>(CSVFormat.RFC4180.parse(new StringReader(text)).getRecords());
	}

	private static Set<String> column(List<CSVRecord> rows, int column) {
		return rows.stream().skip(1).map(r -> r.get(column)).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> ids(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		String json = mvc.perform(request).andReturn().getResponse().getContentAsString();
		List<Object> ids = JsonPath.read(json, "$.content[*].id");
		assertThat(JsonPath.<Integer>read(json, "$.page.totalElements")).isEqualTo(ids.size());
		return ids.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
	}

	private static int total(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		return JsonPath.read(mvc.perform(request).andReturn().getResponse().getContentAsString(), "$.page.totalElements");
	}
}
