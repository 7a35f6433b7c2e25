package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.canting.CantingTest;

/**
 * Issue 15, a home for each role: signing in lands on the role's home (unless sign-in interrupted a
 * deep link), which shows that role's counts and items in words, every link of it opens a page the
 * role may see, and it fits a 360 px phone. The public keeps the national dashboard.
 */
@CantingTest
class RoleHomeBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "officer.33, OFFICER, applicationsToVerify, recentImports, false",
			"owner, IKM_OWNER, reportsDue, businesses, true",
			"assessor, ASSESSOR, certificationPending, certificationQueue, false",
			"admin, ADMIN, applicationsToApprove, budgets, true",
			"buyer, BUYER, , shortcuts, true" })
	void eachRoleLandsOnItsOwnHome(String user, String role, String count, String section, boolean itemsInDemo) {
		WebDriver driver = browser.driver();
		browser.signIn(port, user);
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/home"));
		WebElement home = driver.findElement(By.id("home"));
		assertThat(home.getDomAttribute("data-role")).isEqualTo(role);
		assertThat(driver.findElement(By.id("nav-home")).getText()).isEqualTo("Beranda saya");
		if (count != null) {
			WebElement figure = driver.findElement(By.id("count-" + count));
			assertThat(figure.findElement(By.className("value")).getText()).matches("[0-9.]+");
		}
		WebElement items = driver.findElement(By.id("section-" + section));
		if (itemsInDemo) {
			assertThat(items.findElements(By.cssSelector("li"))).as(section).isNotEmpty();
		}
		// states in words: no badge shows an enum constant
		for (WebElement badge : home.findElements(By.cssSelector(".badge"))) {
			assertThat(badge.getText()).doesNotMatch("[A-Z_]{3,}");
		}
		if ("ASSESSOR".equals(role)) {
			assertThat(home.findElements(By.cssSelector("#section-certificationQueue li")))
				.hasSize(Integer.parseInt(driver.findElement(By.cssSelector("#count-certificationPending .value")).getText()
					.replace(".", "")));
			assertThat(home.findElements(By.cssSelector("li[data-overdue='true'] .badge.warn")))
				.hasSameSizeAs(home.findElements(By.cssSelector("li[data-overdue='true']")));
		}
		browser.screenshot("home-" + user);

		List<String> refused = new ArrayList<>();
		for (String link : links(driver)) {
			driver.get(url(link));
			if (!driver.findElements(By.cssSelector("section.error-page")).isEmpty()) {
				refused.add(link + ": " + driver.findElement(By.cssSelector("section.error-page h1")).getText());
			}
		}
		assertThat(refused).as("links of %s's home that open an error page", user).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "officer.33", "owner", "assessor", "admin", "buyer" })
	void theHomeFitsAPhone(String user) {
		WebDriver driver = browser.driver();
		browser.signIn(port, user);
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", false));
		try {
			driver.get(url("/home"));
			long width = ((Number) ((JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth;")).longValue();
			long inner = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
			assertThat(width).as("home of %s at 360 px", user).isLessThanOrEqualTo(inner);
		}
		finally {
			((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	@Test
	void aDeepLinkSurvivesTheSignInAndThePublicKeepsTheDashboard() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/"));
		assertThat(driver.findElements(By.id("home"))).isEmpty();
		assertThat(driver.findElements(By.id("nav-home"))).isEmpty();

		driver.get(url("/reports/review"));
		browser.waiting().until(ExpectedConditions.urlContains("/login"));
		driver.findElement(By.id("username")).sendKeys("officer.33");
		driver.findElement(By.id("password")).sendKeys("canting-demo");
		driver.findElement(By.id("login-submit")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/reports/review"));
	}

	@SuppressWarnings("unchecked")
	private static Set<String> links(WebDriver driver) {
		return new LinkedHashSet<>((List<String>) ((JavascriptExecutor) driver).executeScript(
				"return Array.from(document.querySelectorAll('#home a[href]')).map(a => a.getAttribute('href'));"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
