package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;

/**
 * A provincial officer in a real browser adds a participant to the HR training, ticks their
 * attendance box by box (each tick saved by htmx, the row swapped in place) until the certificate
 * link appears, then removes the participant again, so the demo data is as it was.
 */
@CantingTest
class ParticipantsBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerTicksAttendanceUntilTheCertificateIsEarned() {
		WebDriver driver = browser.driver();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys("officer.33");
		driver.findElement(By.id("password")).sendKeys("canting-demo");
		driver.findElement(By.id("login-submit")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

		driver.get(url("/programmes/PELATIHAN-SDM-2024"));
		driver.findElement(By.cssSelector("#participants-link a")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("participant-form")));
		long ikm = jdbc.sql("select max(id) from ikm where province_code = '33' and status = 'ACTIVE'")
			.query(Long.class).single();
		driver.findElement(By.id("name")).sendKeys("Peserta Uji Peramban");
		driver.findElement(By.cssSelector("#gender option[value='F']")).click();
		driver.findElement(By.id("ikm")).sendKeys(String.valueOf(ikm));
		driver.findElement(By.id("add-participant")).click();
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"),
				"Peserta ditambahkan."));

		long id = jdbc.sql("select id from programme_participant where name = 'Peserta Uji Peramban'")
			.query(Long.class).single();
		By row = By.id("participant-" + id);
		for (int session = 1; session <= 6; session++) {
			String attended = session + " dari 8";
			driver.findElement(row).findElement(By.cssSelector("input[name='present'][value='" + session + "']")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(row, attended));
		}
		WebElement certificate = browser.waiting().until(
				ExpectedConditions.presenceOfElementLocated(By.id("certificate-" + id)));
		assertThat(certificate.getDomAttribute("href")).endsWith("/participants/" + id + "/certificate.pdf");
		List<Boolean> recorded = jdbc.sql("select present from programme_attendance where participant_id = ?")
			.param(id).query(Boolean.class).list();
		// the row records every session it shows: ticked ones present, the others absent
		assertThat(recorded).hasSize(8).filteredOn(present -> present).hasSize(6);
		browser.screenshot("participants-attendance");

		driver.findElement(By.id("remove-participant-" + id)).click();
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"),
				"Peserta dihapus dari program."));
		assertThat(jdbc.sql("select count(*) from programme_participant where id = ?").param(id).query(Long.class)
			.single()).isZero();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
