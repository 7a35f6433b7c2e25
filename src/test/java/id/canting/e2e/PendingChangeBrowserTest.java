package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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
import id.canting.account.AccountSessions;

/**
 * An owner's change to a figure waits for the provincial office, in a real browser: the owner raises
 * the workers of their (verified) IKM and sees it waiting for review while the IKM and the national
 * headline keep their values; the Jawa Tengah officer accepts it from the queue, and the IKM and the
 * headline show it.
 *
 * <p>The application and its demo data are shared with every other Spring test of the run, which
 * rely on the demo figures: whatever this test changes it puts back, even when it fails.
 */
@CantingTest
class PendingChangeBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");
	@LocalServerPort
	int port;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	private WebDriver driver;
	private AdminApi api;
	private long ikm;

	@BeforeEach
	void newVisitor() {
		driver = browser.driver();
		api = AdminApi.signIn(url(""));
		ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		driver.get(url("/"));
		driver.manage().deleteAllCookies();
	}

	@Test
	void anOwnersNewWorkerCountWaitsUntilTheOfficerAcceptsIt() {
		Map<String, Object> original = api.ikm(ikm);
		long changesBefore = changeCount();
		int workers = ((Number) original.get("workers")).intValue();
		try {
			signIn("owner");
			driver.get(url("/ikm/" + ikm));
			driver.findElement(By.id("edit")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ikm-form")));
			// the form says which fields go to review
			assertThat(browser.text(By.id("workersFemale-review"))).isEqualTo("Ditinjau petugas");
			assertThat(driver.findElements(By.id("phone-review"))).isEmpty();
			WebElement female = driver.findElement(By.id("workersFemale"));
			int workersFemale = Integer.parseInt(female.getDomProperty("value"));
			Browser.replace(female, String.valueOf(workersFemale + 4));
			submit();

			assertThat(browser.text(By.cssSelector("main .notice"))).contains("menunggu tinjauan");
			assertThat(browser.text(By.id("change-status"))).isEqualTo("Menunggu tinjauan");
			assertThat(browser.text(By.id("ikm-workers"))).startsWith(indonesian(workers) + " orang");
			browser.screenshot("pending-change-owner");
			driver.get(url("/"));
			assertThat(headline("workers")).isEqualTo("200.000");

			driver.manage().deleteAllCookies();
			signIn("officer.33");
			driver.get(url("/ikm"));
			driver.findElement(By.id("changes-link")).click();
			WebElement change = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath("//div[contains(@class,'change')][.//a[contains(@href,'/ikm/" + ikm + "#')]]")));
			assertThat(change.findElement(By.cssSelector("tr[data-field=workersFemale] td.current")).getText())
				.isEqualTo(indonesian(workersFemale));
			assertThat(change.findElement(By.cssSelector("tr[data-field=workersFemale] td.proposed")).getText())
				.isEqualTo(indonesian(workersFemale + 4));
			browser.screenshot("pending-change-queue");
			change.findElement(By.cssSelector("button.accept")).click();
			assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo("Perubahan diterima dan berlaku pada data IKM.");

			driver.get(url("/ikm/" + ikm));
			assertThat(browser.text(By.id("ikm-workers"))).startsWith(indonesian(workers + 4) + " orang");
			assertThat(browser.text(By.id("change-status"))).isEqualTo("Diterima");
			driver.get(url("/"));
			assertThat(headline("workers")).isEqualTo("200.004");
		}
		finally {
			api.restore(ikm, original);
			// the review history this test wrote goes too, so other tests meet the owner's IKM without one
			jdbc.sql("delete from ikm_change where ikm_id = ? and id > ?").param(ikm).param(changesBefore).update();
		}
		driver.get(url("/"));
		assertThat(headline("workers")).isEqualTo("200.000");
	}

	private long changeCount() {
		return jdbc.sql("select coalesce(max(id), 0) from ikm_change").query(Long.class).single();
	}

	private void signIn(String username) {
		driver.get(url("/login"));
		Browser.replace(driver.findElement(By.id("username")), username);
		Browser.replace(driver.findElement(By.id("password")), "canting-demo");
		driver.findElement(By.id("login-submit")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void submit() {
		WebElement form = driver.findElement(By.id("ikm-form"));
		driver.findElement(By.id("save")).click();
		browser.waiting().until(Browser.stale(form));
	}

	private String headline(String figure) {
		return browser.text(By.cssSelector("#figure-" + figure + " .value"));
	}

	private static String indonesian(long number) {
		return NumberFormat.getIntegerInstance(INDONESIAN).format(number);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
