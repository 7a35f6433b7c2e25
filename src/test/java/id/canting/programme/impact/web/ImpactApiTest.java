package id.canting.programme.impact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.IndicatorPhase;
import id.canting.programme.ProgrammeTestData;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.impact.internal.IndicatorInput;
import id.canting.programme.impact.internal.IndicatorManagement;
import id.canting.shared.Actor;

/**
 * The impact report of a programme with four beneficiaries (figures as in ImpactTallyTest): A and B in
 * Jawa Tengah and C in Jawa Timur measured both times, D in Jawa Tengah with a baseline only. As JSON,
 * page, PDF and XLSX; an officer sees their province only; other roles are refused.
 */
@CantingTest
@Transactional
class ImpactApiTest {

	static final String CODE = "UJI-DAMPAK";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ProgrammeTestData data;

	@Autowired
	IndicatorManagement indicators;

	long d;

	@BeforeEach
	void fourBeneficiariesThreeMeasured() {
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		List<Long> jateng = data.ikmOf("33", "REGULAR", 2, ownerIkm);
		long jatim = data.ikmOf("35", "REGULAR", 1).get(0);
		data.openProgramme(CODE, ProgrammeType.TECHNICAL_ASSISTANCE, 1_000_000_000L, 10);
		long a = data.beneficiary(CODE, ownerIkm, 50_000_000L, null);
		long b = data.beneficiary(CODE, jateng.get(0), 50_000_000L, 40_000_000L);
		long c = data.beneficiary(CODE, jatim, 50_000_000L, null);
		d = data.beneficiary(CODE, jateng.get(1), 50_000_000L, null);
		data.submitted(CODE, data.ikmOf("33", "REGULAR", 3, ownerIkm).get(2), 10_000_000L);
		measure(a, m(10, 300, 120_000_000, 10, false, "1.50"), m(12, 360, 150_000_000, 40, true, "2.00"));
		measure(b, m(20, 500, 300_000_000, 0, true, "2.25"), m(21, 550, 330_000_000, 15, true, "2.50"));
		measure(c, m(5, 100, 50_000_000, 25, false, "1.00"), m(5, 120, 60_000_000, 30, false, "1.10"));
		measure(d, m(8, 200, 80_000_000, 50, false, "3.00"), null);
	}

	@Test
	void adminsReadTheWholeProgrammeOverallAndByProvince() throws Exception {
		mvc.perform(get("/api/v1/programmes/" + CODE + "/impact").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.programmeCode").value(CODE))
			.andExpect(jsonPath("$.scopeProvinceCode").isEmpty())
			.andExpect(jsonPath("$.overall.beneficiaries").value(4))
			.andExpect(jsonPath("$.overall.measured").value(3))
			.andExpect(jsonPath("$.overall.lackingFollowUp").value(1))
			.andExpect(jsonPath("$.overall.measures[0].key").value("workers"))
			.andExpect(jsonPath("$.overall.measures[0].totalBefore").value(35))
			.andExpect(jsonPath("$.overall.measures[0].totalAfter").value(38))
			.andExpect(jsonPath("$.overall.measures[0].changePercent").value(8.6))
			.andExpect(jsonPath("$.overall.measures[2].totalChange").value(70000000))
			.andExpect(jsonPath("$.overall.measures[5].averageBefore").value(1.58))
			.andExpect(jsonPath("$.overall.measures[5].averageAfter").value(1.87))
			.andExpect(jsonPath("$.provinces.length()").value(2))
			.andExpect(jsonPath("$.provinces[0].provinceName").value("Jawa Tengah"))
			.andExpect(jsonPath("$.provinces[0].figures.beneficiaries").value(3))
			.andExpect(jsonPath("$.provinces[0].figures.measured").value(2))
			// A and B: 10 + 20 workers before, 12 + 21 after
			.andExpect(jsonPath("$.provinces[0].figures.measures[0].totalBefore").value(30))
			.andExpect(jsonPath("$.provinces[0].figures.measures[0].totalAfter").value(33))
			.andExpect(jsonPath("$.provinces[1].provinceName").value("Jawa Timur"))
			.andExpect(jsonPath("$.provinces[1].figures.measures[4].totalAfter").value(0))
			.andExpect(jsonPath("$.lackingFollowUp.length()").value(1))
			.andExpect(jsonPath("$.lackingFollowUp[0].applicationId").value(d))
			.andExpect(jsonPath("$.lackingFollowUp[0].baselineRecorded").value(true));
	}

	@Test
	void anOfficerReadsTheBeneficiariesOfTheirProvinceOnly() throws Exception {
		mvc.perform(get("/api/v1/programmes/" + CODE + "/impact").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopeProvinceCode").value("33"))
			.andExpect(jsonPath("$.scopeName").value("Jawa Tengah"))
			.andExpect(jsonPath("$.overall.beneficiaries").value(3))
			.andExpect(jsonPath("$.overall.measures[0].totalBefore").value(30))
			.andExpect(jsonPath("$.provinces.length()").value(1));
		mvc.perform(get("/api/v1/programmes/" + CODE + "/impact").with(logins.as("officer.35")))
			.andExpect(jsonPath("$.overall.beneficiaries").value(1))
			.andExpect(jsonPath("$.overall.lackingFollowUp").value(0))
			.andExpect(jsonPath("$.lackingFollowUp").isEmpty());
	}

	@Test
	void everyOtherRoleIsRefused() throws Exception {
		for (String user : List.of("owner", "assessor", "buyer")) {
			mvc.perform(get("/api/v1/programmes/" + CODE + "/impact").with(logins.as(user)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/programmes/" + CODE + "/impact")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/programmes/TIDAK-ADA/impact").with(logins.as("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programmes/" + CODE + "/impact?format=doc").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		mvc.perform(get("/api/v1/programmes/" + CODE + "/impact?format=pdf&lang=fr").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lang"));
	}

	@Test
	void thePdfIsAnA4ReportWithTheFiguresInEitherLanguage() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/programmes/" + CODE + "/impact?format=pdf&lang=id").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("canting-impact-uji-dampak-id.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// A4 landscape: 842 x 595 points
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
			assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Laporan dampak: Program uji " + CODE)
				.contains("4 penerima manfaat, 3 diukur sebelum dan sesudah, 1 belum memiliki tindak lanjut.")
				.contains("Jawa Tengah").contains("Jawa Timur")
				.contains("Tenaga kerja (orang) Total 35 38 +3 +8,6 %")
				.contains("Rp470.000.000 Rp540.000.000 +Rp70.000.000 +14,9 %")
				.contains("Skor INDI 4.0 (0,00–4,00) Rata-rata (poin) 1,58 1,87 +0,29");
		}
		byte[] english = mvc.perform(get("/programmes/" + CODE + "/impact/download?format=pdf&lang=en")
			.with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("canting-impact-uji-dampak-33-en.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(english)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Impact report: Program uji " + CODE).contains("Province of Jawa Tengah only.")
				.contains("Workers (people) Total 30 33 +3 +10.0 %").doesNotContain("Jawa Timur");
		}
	}

	@Test
	void theWorkbookHoldsTheFiguresAsNumbers() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/programmes/" + CODE + "/impact?format=xlsx&lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ImpactFiles.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Impact report: Program uji " + CODE);
			XSSFSheet overall = workbook.getSheet("Before-after");
			Row workers = overall.getRow(1);
			assertThat(workers.getCell(0).getStringCellValue()).isEqualTo("Workers (people)");
			assertThat(workers.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(workers.getCell(1).getNumericCellValue()).isEqualTo(35);
			assertThat(workers.getCell(2).getNumericCellValue()).isEqualTo(38);
			assertThat(workers.getCell(4).getNumericCellValue()).isEqualTo(8.6);
			Row sales = overall.getRow(3);
			assertThat(sales.getCell(3).getNumericCellValue()).isEqualTo(70_000_000);
			Row dye = overall.getRow(4);
			assertThat(dye.getCell(1)).isNull();
			assertThat(dye.getCell(5).getNumericCellValue()).isEqualTo(11.67);
			XSSFSheet provinces = workbook.getSheet("Provinces");
			assertThat(provinces.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Jawa Tengah");
			assertThat(provinces.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3);
			assertThat(provinces.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(30);
			assertThat(provinces.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Jawa Timur");
			XSSFSheet lacking = workbook.getSheet("Without follow-up");
			assertThat(lacking.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(d);
			assertThat(lacking.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Yes");
		}
	}

	@Test
	void thePageShowsTheTablesAndLinksTheBeneficiariesToMeasure() throws Exception {
		String html = mvc.perform(get("/programmes/" + CODE + "/impact").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#figure-beneficiaries .value").text()).isEqualTo("4");
		assertThat(page.select("#figure-lacking .value").text()).isEqualTo("1");
		assertThat(page.select("#table-impact-overall tr[data-measure=workers][data-figure=total] td").eachText())
			.containsExactly("Total", "35", "38", "+3", "+8,6 %");
		assertThat(page.select("#table-impact-provinces tbody tr").eachAttr("data-province")).containsExactly("33", "35");
		assertThat(page.select("#table-lacking a").attr("href")).isEqualTo("/applications/" + d + "/indicators");
		assertThat(page.select("#download-xlsx").attr("href")).contains("format=xlsx");
		mvc.perform(get("/programmes/" + CODE + "/impact").with(logins.as("owner"))).andExpect(status().isForbidden());
		mvc.perform(get("/programmes/" + CODE + "/impact")).andExpect(status().is3xxRedirection());
	}

	private void measure(long application, IndicatorInput baseline, IndicatorInput followUp) {
		indicators.record(Actor.SYSTEM, new ApplicationId(application), IndicatorPhase.BASELINE, baseline, null);
		if (followUp != null) {
			indicators.record(Actor.SYSTEM, new ApplicationId(application), IndicatorPhase.FOLLOW_UP, new IndicatorInput("2024-09-01",
					followUp.workers(), followUp.capacityPiecesPerMonth(), followUp.annualSalesIdr(),
					followUp.naturalDyePercent(), followUp.batikmark(), followUp.indiScore()), null);
		}
	}

	private static IndicatorInput m(int workers, long capacity, long sales, int dye, boolean mark, String indi) {
		return new IndicatorInput("2024-03-01", workers, capacity, sales, dye, mark,
				new BigDecimal(indi));
	}
}
