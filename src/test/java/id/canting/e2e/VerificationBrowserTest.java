package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.canting.CantingTest;
import id.canting.certification.batikmark.internal.Certificate;
import id.canting.certification.batikmark.internal.CertificateDocuments;
import id.canting.certification.batikmark.internal.VerifyFixtures;
import id.canting.registry.Technique;

/**
 * A buyer's phone opens the address in a label's QR (no scan: the same URL, on this server) and sees
 * that the label is verified; a number typed into the search box shows the status without the QR mark.
 */
@CantingTest
class VerificationBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	VerifyFixtures fixtures;

	@Autowired
	CertificateDocuments documents;

	@Autowired
	id.canting.certification.batikmark.internal.Certificates certificates;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Certificate certificate;

	@AfterEach
	void remove() {
		if (certificate != null) {
			fixtures.remove(certificate.number());
		}
	}

	@Test
	void theQrAddressOfACertificateShowsItVerified() {
		certificate = fixtures.active("Peramban Uji", Technique.TULIS);
		String qr = documents.verificationUrl(certificate);
		String path = qr.substring(qr.indexOf("/v/"));
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + path);
		String verdict = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("verified-by-qr"))).getText();
		assertThat(verdict).contains("Terverifikasi");
		assertThat(driver.findElement(By.id("verify-verdict")).getDomAttribute("data-status")).isEqualTo("ACTIVE");
		assertThat(driver.findElement(By.id("verify-number-shown")).getText()).isEqualTo(certificate.number());

		driver.get("http://localhost:" + port + "/verify");
		driver.findElement(By.id("verify-number")).sendKeys(certificate.number().toLowerCase());
		driver.findElement(By.id("verify-submit")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/v/" + certificate.number()));
		assertThat(driver.findElements(By.id("verified-by-qr"))).isEmpty();
		assertThat(driver.findElement(By.id("verify-brand")).getText()).isEqualTo("Peramban Uji");
	}

	@Test
	void theQrAddressOfADemoCertificateShowsItVerified() {
		String number = jdbc.sql("""
				select min(number) from certificate where created_by = 'system' and status = 'ACTIVE'""")
			.query(String.class).single();
		String qr = documents.verificationUrl(certificates.byNumber(number));
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + qr.substring(qr.indexOf("/v/")));
		assertThat(browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("verified-by-qr"))).getText())
			.contains("Terverifikasi");
		assertThat(driver.findElement(By.id("verify-number-shown")).getText()).isEqualTo(number);
	}
}
