package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.account.AccountSessions;
import id.canting.readiness.internal.Assessments;

/**
 * Issue 20: the owner fills this year's readiness assessment on a phone-sized window and submits it;
 * the officer of Jawa Tengah verifies one answer a level lower with a reason; the IKM's readiness page
 * then shows the verified radar (drawn) with the changed index. The assessment's rows are deleted
 * afterwards.
 */
@CantingTest
class ReadinessBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	@Autowired
	Assessments assessments;

	long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	@AfterEach
	void deleteTheAssessment() {
		// the demo gives the owner's IKM only its 2025 assessment
		List<Long> ids = jdbc.sql("select id from readiness_assessment where ikm_id = ? and assessment_year > 2025")
			.param(ownerIkm()).query(Long.class).list();
		for (Long id : ids) {
			for (String table : List.of("readiness_evidence", "readiness_answer", "readiness_pillar_score",
					"readiness_assessment_technique")) {
				jdbc.sql("delete from " + table + " where assessment_id = ?").param(id).update();
			}
			jdbc.sql("delete from readiness_assessment where id = ?").param(id).update();
		}
	}

	@Test
	void theOwnerFillsOnAPhoneTheOfficerVerifiesOneAnswerLowerAndThePageShowsTheVerifiedRadar() throws IOException {
		WebDriver driver = browser.driver();
		long ikm = ownerIkm();
		Path photo = photo();
		browser.signIn(port, "owner");
		long assessedBefore = provinceAssessed(driver);
		PhoneWidthBrowserTest.phoneWidth(driver);
		driver.get(url("/ikm/" + ikm + "/readiness"));
		driver.findElement(By.id("start-assessment")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-form")));
		List<String> codes = driver.findElements(By.cssSelector("fieldset[id^=question-]")).stream()
			.map(f -> f.getDomAttribute("id").substring("question-".length())).toList();
		assertThat(codes).hasSize(15);
		for (String code : codes) {
			click(driver, driver.findElement(By.id("level-" + code + "-2")));
		}
		driver.findElement(By.id("evidence-TE-1")).sendKeys(photo.toString());
		driver.findElement(By.id("evidence-FO-2")).sendKeys(photo.toString());
		assertThat(PhoneWidthBrowserTest.scrollWidth(driver)).as("the form fits 360 px")
			.isLessThanOrEqualTo(PhoneWidthBrowserTest.innerWidth(driver));
		browser.screenshot("readiness-form-phone");
		WebElement submit = driver.findElement(By.id("submit-assessment"));
		click(driver, submit);
		browser.waiting().until(Browser.stale(submit));
		browser.waiting().until(ExpectedConditions.urlToBe(url("/ikm/" + ikm + "/readiness")));
		assertThat(driver.findElement(By.cssSelector("#readiness-history tr[data-year='" + assessments.currentYear() + "']")).getText())
			.contains("Diajukan");

		browser.signIn(port, "officer.33");
		driver.get(url("/readiness/assessments"));
		driver.findElement(By.cssSelector("#readiness-queue tr[data-ikm='" + ikm + "'] a")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verify-form")));
		new Select(driver.findElement(By.id("verified-MO-1"))).selectByValue("1");
		driver.findElement(By.id("reason-MO-1")).sendKeys("Rencana usaha belum tertulis saat kunjungan");
		WebElement verify = driver.findElement(By.id("verify-assessment"));
		click(driver, verify);
		browser.waiting().until(Browser.stale(verify));
		browser.waiting().until(ExpectedConditions.urlToBe(url("/ikm/" + ikm + "/readiness")));

		// MO: (1 + 2 + 2) / 3; index (5/3 + 4 × 2) / 5 = 1.93, and the 2025 result behind it in the radar
		assertThat(browser.text(By.id("overall-index"))).isEqualTo("1,93");
		WebElement radar = driver.findElement(By.id("readiness-radar"));
		browser.waiting().until(ExpectedConditions.attributeToBe(radar, "data-chart-ready", "true"));
		assertThat(radar.findElements(By.tagName("canvas"))).isNotEmpty();
		assertThat(driver.findElement(By.cssSelector("#readiness-pillars tr[data-pillar='MANAGEMENT_AND_ORGANISATION']"))
			.getDomAttribute("data-value")).isEqualTo("1.67");
		browser.screenshot("readiness-verified-radar");

		// the province's readiness statistics on the industry dashboard count the newly verified IKM
		assertThat(provinceAssessed(driver)).isEqualTo(assessedBefore + 1);
	}

	/** IKM of Jawa Tengah with a verified assessment this year, as the industry dashboard's readiness section shows it. */
	private long provinceAssessed(WebDriver driver) {
		driver.get(url("/statistics/industry?province=33&readinessYear=" + assessments.currentYear()));
		List<WebElement> figure = driver.findElements(By.cssSelector("#readiness-assessed .value"));
		return figure.isEmpty() ? 0 : Long.parseLong(figure.get(0).getText().replaceAll("[^0-9]", ""));
	}

	private static void click(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Path file = Files.createTempFile("ipal", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
