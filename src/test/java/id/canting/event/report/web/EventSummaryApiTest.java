package id.canting.event.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.event.internal.EventManagement;
import id.canting.event.report.internal.ReportFigureStubs;
import id.canting.event.report.internal.ReportTestEvents;
import id.canting.shared.web.FileDownload;

/**
 * The summary API and the report files of the events in {@link ReportTestEvents}: the public reads a
 * public event's figures, never a draft's; organisers read any event and download the report of a
 * closed one as PDF or XLSX in either language.
 */
@CantingTest
@Transactional
class EventSummaryApiTest {

	static final String CLOSED = ReportTestEvents.CLOSED.value();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	EventManagement events;

	@BeforeEach
	void events() {
		ReportTestEvents.create(events);
	}

	@AfterEach
	void forget() {
		ReportFigureStubs.clear();
	}

	@Test
	void thePublicReadsTheFiguresOfAPublicEvent() throws Exception {
		mvc.perform(get("/api/v1/events/" + CLOSED + "/summary"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.code").value(CLOSED))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.exhibitors").value(5))
			.andExpect(jsonPath("$.provinces").value(3))
			.andExpect(jsonPath("$.prisonUnits").value(1))
			.andExpect(jsonPath("$.womenOwned").value(2))
			.andExpect(jsonPath("$.womenOwnedPercent").value(40.0))
			.andExpect(jsonPath("$.capacity").value(70))
			.andExpect(jsonPath("$.registrations").value(50))
			.andExpect(jsonPath("$.waitlisted").value(5))
			.andExpect(jsonPath("$.cancelled").value(3))
			.andExpect(jsonPath("$.attendance").value(40))
			.andExpect(jsonPath("$.fillPercent").value(71.4))
			.andExpect(jsonPath("$.attendancePercent").value(80.0))
			.andExpect(jsonPath("$.byProvince[0].code").value("33"))
			.andExpect(jsonPath("$.byProvince[0].name").value("Jawa Tengah"))
			.andExpect(jsonPath("$.byProvince[0].exhibitors").value(3))
			.andExpect(jsonPath("$.byProvince.length()").value(3))
			.andExpect(jsonPath("$.byKind[?(@.kind == 'PRISON_UNIT')].exhibitors").value(1))
			.andExpect(jsonPath("$.byCategory[?(@.category == 'FABRIC')].exhibitors").value(4))
			.andExpect(jsonPath("$.byCategory[?(@.category == 'CLOTHING')].exhibitors").value(2))
			.andExpect(jsonPath("$.sessions.length()").value(2))
			.andExpect(jsonPath("$.sessions[0].kind").value("FGD"))
			.andExpect(jsonPath("$.sessions[0].capacity").value(40))
			.andExpect(jsonPath("$.sessions[0].registrations").value(40))
			.andExpect(jsonPath("$.sessions[0].fillPercent").value(100.0))
			.andExpect(jsonPath("$.sessions[0].attendance").value(31))
			.andExpect(jsonPath("$.sessions[1].fillPercent").value(33.3))
			.andExpect(jsonPath("$.sessions[1].attendancePercent").value(90.0))
			// aggregates only: no list of businesses, no people
			.andExpect(jsonPath("$.exhibitorList").doesNotExist());
		mvc.perform(get("/api/v1/events/" + ReportTestEvents.PUBLISHED.value() + "/summary"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.exhibitors").value(0))
			.andExpect(jsonPath("$.fillPercent").isEmpty());
	}

	@Test
	void aDraftIsNotFoundToThePublicButOrganisersReadIt() throws Exception {
		String draft = ReportTestEvents.DRAFT.value();
		mvc.perform(get("/api/v1/events/" + draft + "/summary"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		for (String user : List.of("owner", "officer.33", "buyer")) {
			mvc.perform(get("/api/v1/events/" + draft + "/summary").with(logins.as(user))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/events/" + draft + "/summary").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void anUnknownEventIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/events/TIDAK-ADA/summary")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/TIDAK-ADA/summary").with(logins.as("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/x/summary").with(logins.as("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/TIDAK-ADA/report?format=pdf").with(logins.as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theReportIsForOrganisersOnceTheEventRuns() throws Exception {
		for (String user : List.of("owner", "officer.33", "assessor", "buyer")) {
			mvc.perform(get("/api/v1/events/" + CLOSED + "/report?format=pdf").with(logins.as(user)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/events/" + CLOSED + "/report?format=pdf")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/events/" + ReportTestEvents.PUBLISHED.value() + "/report?format=pdf")
			.with(logins.as("admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Diumumkan")));
	}

	@Test
	void aBadFormatOrLanguageIsRefusedNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/events/" + CLOSED + "/report?format=doc").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		mvc.perform(get("/api/v1/events/" + CLOSED + "/report?format=pdf&lang=fr").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lang"));
	}

	@Test
	void thePdfReportHoldsTheEventAndItsFiguresInEitherLanguage() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/events/" + CLOSED + "/report?format=pdf&lang=id").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("laporan-" + CLOSED + ".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		// kept beside the browser tests' screenshots, for a reader to look at the layout
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "browser-screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "browser-screenshots", "laporan-" + CLOSED + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Laporan acara: " + ReportTestEvents.NAME)
				.contains("Laporan akhir")
				.contains("5 peserta pameran dari 3 provinsi, 1 di antaranya unit binaan lapas; 50 pendaftaran, 40 hadir.")
				.contains("FGD pelestarian batik").contains("40 40 100,0 %")
				.contains("Jawa Tengah 3").contains("Batik Giriloyo").contains("Kain");
		}
		byte[] english = mvc.perform(get("/api/v1/events/" + CLOSED + "/report?format=pdf&lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("report-" + CLOSED + ".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(english)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Event report: " + ReportTestEvents.NAME)
				.contains("5 exhibitors from 3 provinces, 1 of them prison units; 50 registrations, 40 attended.")
				.contains("FGD on batik preservation").contains("10 33.3 %").contains("Fabric");
		}
	}

	@Test
	void theWorkbookHasASheetPerTableWithNumbersAsNumbers() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/events/" + CLOSED + "/report?format=xlsx&lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(FileDownload.XLSX))
			.andExpect(header().string("Content-Disposition", containsString("report-" + CLOSED + ".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
					workbook.getSheetName(3), workbook.getSheetName(4), workbook.getSheetName(5)))
				.containsExactly("Summary", "Sessions", "By province", "By kind", "By category", "Exhibitors");
			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo(ReportTestEvents.NAME);
			assertThat(summary.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Exhibitors");
			assertThat(summary.getRow(6).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(5);
			assertThat(summary.getRow(11).getCell(1).getNumericCellValue()).isEqualTo(50);
			XSSFSheet sessions = workbook.getSheet("Sessions");
			assertThat(sessions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("FGD on batik preservation");
			assertThat(sessions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Focus-group discussion (FGD)");
			assertThat(sessions.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(40);
			assertThat(sessions.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(33.3);
			XSSFSheet provinces = workbook.getSheet("By province");
			assertThat(provinces.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Jawa Tengah");
			assertThat(provinces.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3);
			assertThat(workbook.getSheet("By kind").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Prison unit");
			assertThat(workbook.getSheet("By kind").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1);
			XSSFSheet list = workbook.getSheet("Exhibitors");
			assertThat(list.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A-01");
			assertThat(list.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Batik Sido Luhur");
			assertThat(list.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Fabric, Clothing");
			assertThat(list.getLastRowNum()).isEqualTo(5);
		}
		byte[] indonesian = mvc.perform(get("/api/v1/events/" + CLOSED + "/report?format=xlsx&lang=id")
			.with(logins.as("admin")))
			.andExpect(header().string("Content-Disposition", containsString("laporan-" + CLOSED + ".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(indonesian))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Ringkasan");
			assertThat(workbook.getSheet("Sesi").getRow(1).getCell(0).getStringCellValue()).isEqualTo("FGD pelestarian batik");
		}
	}
}
