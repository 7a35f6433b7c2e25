package id.canting.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;
import id.canting.TestLogins;

/**
 * The fact sheet reproduces the article's two statements from the demo data, in Bahasa Indonesia
 * and in English, in the PDF (text extracted back out of it) and in the workbook.
 */
@CantingTest
class FactSheetTest {

	static final String INDUSTRY_ID = "Industri batik menyerap 200.000 tenaga kerja di 201 sentra dan 5.946 IKM di 11 provinsi";
	static final String EXPORTS_ID = "Ekspor batik Januari\u2013Juli 2024 mencapai USD 9,45 juta";
	static final String INDUSTRY_EN = "The batik industry employs 200,000 workers in 201 sentra and 5,946 IKM in 11 provinces";
	static final String EXPORTS_EN = "Batik exports in January\u2013July 2024 reached USD 9.45 million";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void thePdfInBahasaIndonesiaStatesTheArticlesFigures() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/statistics/fact-sheet?period=2024-01..2024-07&format=pdf&lang=id")
			.with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("2024-01_2024-07-id.pdf")))
			.andReturn().getResponse().getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(INDUSTRY_ID).contains(EXPORTS_ID).contains("Jawa Tengah");
		}
	}

	@Test
	void thePdfInEnglishStatesThemInEnglish() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/statistics/fact-sheet?period=2024-01..2024-07&format=pdf&lang=en")
			.with(logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(INDUSTRY_EN).contains(EXPORTS_EN);
		}
	}

	@Test
	void aPeriodWithoutExportsSaysSoInThePdfInsteadOfDrawingEmptyBars() throws Exception {
		String withExports = pdfText("2024-01..2024-07");
		assertThat(withExports).doesNotContain("Tidak ada data untuk pilihan ini");

		String without = pdfText("1995");
		assertThat(without).contains("Tidak ada data untuk pilihan ini, sehingga grafik tidak digambar.");

		byte[] xlsx = mvc.perform(get("/api/v1/statistics/fact-sheet?period=1995&format=xlsx&lang=id")
			.with(logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var months = workbook.getSheet("Ekspor per bulan");
			assertThat(months.getDrawingPatriarch() == null ? List.of() : months.getDrawingPatriarch().getCharts()).isEmpty();
			assertThat(months.getRow(1).getCell(4).getStringCellValue())
				.isEqualTo("Tidak ada data untuk pilihan ini, sehingga grafik tidak digambar.");
		}
	}

	private String pdfText(String period) throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/statistics/fact-sheet?period=" + period + "&format=pdf&lang=id")
			.with(logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theWorkbookHasTheSentencesAndTheFiguresAsNumbers() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/statistics/fact-sheet?from=2024-01&to=2024-07&format=xlsx&lang=id")
			.with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(FactSheetFiles.XLSX))
			.andReturn().getResponse().getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			StringBuilder text = new StringBuilder();
			double exports = -1;
			for (Row row : workbook.getSheet("Ringkasan")) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						text.append(cell.getStringCellValue()).append('\n');
					}
				}
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Ekspor batik Januari\u2013Juli 2024 (USD)")) {
					exports = row.getCell(1).getNumericCellValue();
				}
			}
			assertThat(text).contains(INDUSTRY_ID + ".").contains(EXPORTS_ID + ".");
			assertThat(exports).isEqualTo(9_450_000d);
			assertThat(workbook.getSheet("Ekspor per bulan").getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(workbook.getSheet("Provinsi").getPhysicalNumberOfRows()).isEqualTo(1 + 11 + 1);
		}
	}

	@Test
	void aProvinceSheetSpeaksOfThatProvince() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/statistics/fact-sheet?period=2024-01..2024-07&province=33&lang=id")
			.with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Industri batik di Jawa Tengah menyerap 78.030 tenaga kerja di 72 sentra dan 2.310 IKM").contains(EXPORTS_ID)
				.contains("Angka ekspor berlaku nasional");
		}
	}

	@Test
	void badChoicesAreRefusedNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/statistics/fact-sheet?period=2024-01..2024-07&format=docx").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		mvc.perform(get("/api/v1/statistics/fact-sheet?period=2024-07..2024-01").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(get("/api/v1/statistics/fact-sheet?lang=fr").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lang"));
		mvc.perform(get("/api/v1/statistics/fact-sheet?province=99").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("province"));
	}

	@Test
	void anonymousReadersMustSignIn() throws Exception {
		mvc.perform(get("/api/v1/statistics/fact-sheet")).andExpect(status().isUnauthorized());
	}

	@Test
	void thePageShowsTheSentencesAndOffersTheDownload() throws Exception {
		String html = mvc.perform(get("/statistics/fact-sheet?period=2024-01..2024-07&lang=en").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#preview-industry").text()).isEqualTo(INDUSTRY_EN + ".");
		assertThat(page.select("#preview-exports").text()).isEqualTo(EXPORTS_EN + ".");
		assertThat(page.select("#fact-sheet-download").attr("href"))
			.contains("/statistics/fact-sheet/download").contains("lang=en").contains("format=pdf");
		mvc.perform(get("/statistics/fact-sheet/download?period=2024-01..2024-07&lang=id&format=xlsx")
			.with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(FactSheetFiles.XLSX));
	}
}
