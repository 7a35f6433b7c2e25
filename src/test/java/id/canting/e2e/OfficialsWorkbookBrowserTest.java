package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.imports.ImportTestData;

/**
 * An officer uploads the workbook a provincial office really keeps: an instructions sheet first, last
 * year's list and this year's list, each under a title and a merged banner, typed with the labels the
 * pages show, numbers in Indonesian notation and a phone whose leading zero the spreadsheet dropped.
 * The page asks which sheet to read, reads it from its header and saves the values as meant.
 */
@CantingTest
class OfficialsWorkbookBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedIkm() {
		ImportTestData.removeImported(jdbc);
	}

	@Test
	void anOfficerChoosesTheSheetAndTheRowsAreReadAsTheOfficialMeantThem() throws Exception {
		WebDriver driver = browser.driver();
		browser.signIn(port, "officer.33");

		Path workbook = workbook();
		driver.get("http://localhost:" + port + "/imports");
		driver.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
		driver.findElement(By.id("upload")).click();

		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sheet")));
		assertThat(driver.findElement(By.id("upload-problem")).getText()).contains("Daftar 2023").contains("Daftar 2024");
		new Select(driver.findElement(By.id("sheet"))).selectByVisibleText("Daftar 2024");
		driver.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
		driver.findElement(By.id("upload")).click();

		var slow = new WebDriverWait(driver, Duration.ofSeconds(60));
		slow.until(ExpectedConditions.presenceOfElementLocated(By.id("count-new")));
		assertThat(driver.findElement(By.id("job-sheet")).getText()).contains("Daftar 2024");
		assertThat(driver.findElement(By.id("count-new")).getText()).isEqualTo("1");
		assertThat(driver.findElement(By.id("count-invalid")).getText()).isEqualTo("0");
		driver.findElement(By.id("commit-all")).click();
		slow.until(ExpectedConditions.presenceOfElementLocated(By.id("job-done")));

		var saved = jdbc.sql("""
				select owner_gender, kind, workers_female, investment_idr, phone, regency_code, year_founded
				from ikm where nib = '9199000000401'""").query().singleRow();
		assertThat(saved).containsEntry("owner_gender", "FEMALE").containsEntry("kind", "COOPERATIVE")
			.containsEntry("workers_female", 1250).containsEntry("phone", "081234567812")
			.containsEntry("regency_code", "33.26").containsEntry("year_founded", 2015);
		assertThat(((Number) saved.get("investment_idr")).longValue()).isEqualTo(1_250_000_000L);
		assertThat(jdbc.sql("""
				select t.technique from ikm_technique t join ikm i on i.id = t.ikm_id
				where i.nib = '9199000000401' order by t.technique""").query(String.class).list())
			.containsExactly("CAP", "TULIS");
	}

	/** Instructions, then two lists of the same columns; the data sits under a title and a merged banner. */
	static Path workbook() throws Exception {
		String[] header = { "NIB", "Nama IKM", "Nama pemilik", "Jenis kelamin pemilik", "Kabupaten/kota", "Jenis unit",
				"Teknik", "Kategori produk", "Tenaga kerja laki-laki", "Tenaga kerja perempuan", "Investasi (Rp)",
				"Tahun berdiri", "Telepon" };
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("Isi satu baris per IKM.");
			for (int year : new int[] { 2023, 2024 }) {
				var sheet = workbook.createSheet("Daftar " + year);
				sheet.createRow(0).createCell(0).setCellValue("DAFTAR IKM BATIK PROVINSI JAWA TENGAH TAHUN " + year);
				sheet.createRow(1).createCell(0).setCellValue("Dinas Perindustrian dan Perdagangan");
				sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
				var head = sheet.createRow(3);
				for (int i = 0; i < header.length; i++) {
					head.createCell(i).setCellValue(header[i]);
				}
				var row = sheet.createRow(4);
				row.createCell(0).setCellValue("919900000040" + (year == 2024 ? "1" : "0"));
				row.createCell(1).setCellValue("Uji Impor Lembar " + year);
				row.createCell(2).setCellValue("Ibu Sri");
				row.createCell(3).setCellValue(" perempuan ");
				row.createCell(4).setCellValue("Kab. Pekalongan");
				row.createCell(5).setCellValue("Koperasi");
				row.createCell(6).setCellValue("Tulis, Cap");
				row.createCell(7).setCellValue("Kain");
				row.createCell(8).setCellValue(3);
				row.createCell(9).setCellValue("1.250");
				row.createCell(10).setCellValue("Rp 1.250.000.000,-");
				row.createCell(11).setCellValue(2015);
				row.createCell(12).setCellValue(81234567812d);
			}
			Path file = Files.createTempFile("daftar-ikm-dinas-", ".xlsx");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			file.toFile().deleteOnExit();
			return file;
		}
	}
}
