package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.imports.ImportTestData;

/**
 * An officer imports a spreadsheet in a real browser: uploads it, watches the progress bar while
 * it is checked, reads the errors, commits the valid rows and finds the new IKM in the registry.
 */
@CantingTest
class ImportJourneyBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final int INVALID_ROWS = 6000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedIkm() {
		ImportTestData.removeImported(jdbc);
	}

	@Test
	void anOfficerUploadsSeesProgressAndErrorsCommitsAndFindsTheNewIkm() throws Exception {
		WebDriver driver = browser.driver();
		browser.signIn(port, "officer.33");

		driver.get("http://localhost:" + port + "/imports");
		driver.findElement(By.id("file")).sendKeys(bigFile().toAbsolutePath().toString());
		driver.findElement(By.id("upload")).click();

		// many rows take a moment to check: the page shows how far it is, then the result
		var slow = new WebDriverWait(driver, Duration.ofSeconds(90));
		slow.until(ExpectedConditions.presenceOfElementLocated(By.id("job-progress")));
		slow.until(ExpectedConditions.presenceOfElementLocated(By.id("count-invalid")));
		assertThat(driver.findElement(By.id("count-invalid")).getText()).isEqualTo(String.valueOf(INVALID_ROWS));
		assertThat(driver.findElement(By.id("count-new")).getText()).isEqualTo("1");
		assertThat(driver.findElement(By.id("job-errors")).getText()).contains("Kota Atlantis")
			.contains("kabupaten/kota Kota Atlantis tidak dikenal");

		driver.findElement(By.id("commit-valid")).click();
		slow.until(ExpectedConditions.presenceOfElementLocated(By.id("job-done")));
		assertThat(driver.findElement(By.id("count-committed")).getText()).isEqualTo("1");

		driver.get("http://localhost:" + port + "/ikm?q=Uji+Impor+Peramban");
		assertThat(driver.findElement(By.id("ikm-count")).getText()).isEqualTo("1 data");
		assertThat(driver.findElement(By.cssSelector("a.ikm-link")).getText()).isEqualTo("Uji Impor Peramban");
	}

	/** One valid row and thousands with an unknown regency: big enough to see the progress bar. */
	private static Path bigFile() throws Exception {
		StringBuilder csv = new StringBuilder("NIB;Nama IKM;Nama pemilik;Jenis kelamin pemilik;Kabupaten/kota;Jenis unit;"
				+ "Teknik;Kategori produk;Tenaga kerja laki-laki;Tenaga kerja perempuan;Investasi (Rp)\n");
		csv.append("9199000000099;Uji Impor Peramban;Ibu Sri;FEMALE;Kota Pekalongan;REGULAR;TULIS;FABRIC;1;3;25.000.000\n");
		for (int i = 0; i < INVALID_ROWS; i++) {
			csv.append(String.format("91998%08d;Uji Impor Salah %d;Siti;FEMALE;Kota Atlantis;REGULAR;TULIS;FABRIC;1;1;1.000\n", i, i));
		}
		Path file = Files.createTempFile("daftar-ikm-", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		file.toFile().deleteOnExit();
		return file;
	}
}
