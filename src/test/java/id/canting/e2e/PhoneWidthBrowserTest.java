package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;

/**
 * Issue 15, phones: every page of each role's menu, and a few record pages, fit a 360 px wide
 * screen; a page wider than the screen hides its menu and columns off the edge. The pages are the
 * links the menu, the account corner and the footer show to that role, so a new menu item is checked
 * without touching this test.
 */
@CantingTest
class PhoneWidthBrowserTest {

	static final int PHONE = 360;

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "buyer", "owner", "assessor", "officer.33", "admin" })
	void everyPageOfTheMenuFitsAPhone(String role) {
		WebDriver driver = browser.driver();
		if ("anonymous".equals(role)) {
			driver.manage().deleteAllCookies();
		}
		else {
			browser.signIn(port, role);
		}
		phoneWidth(driver);
		driver.get(url("/"));
		Set<String> pages = new LinkedHashSet<>(menuLinks(driver));
		pages.addAll(recordPages());

		Map<String, Long> widths = new LinkedHashMap<>();
		List<String> tooWide = new ArrayList<>();
		for (String page : pages) {
			driver.get(url(page));
			settled(driver);
			long width = scrollWidth(driver);
			widths.put(page, width);
			// wider than the window, the page scrolls sideways and hides its edge
			if (width > innerWidth(driver)) {
				tooWide.add(page + " is " + width + " px wide at " + PHONE + " px, past the edge: " + pastTheEdge(driver));
			}
		}
		Map.Entry<String, Long> widest = widths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
		// the before/after figures of issue 15 come from this line
		System.out.printf("phone width %s: %d pages, widest %s at %d px%n", role, widths.size(), widest.getKey(),
				widest.getValue());
		assertThat(tooWide).as("pages wider than a %d px phone for %s", PHONE, role).isEmpty();
	}

	@Test
	void onAPhoneTheMenuButtonOpensAndClosesTheMenu() {
		WebDriver driver = browser.driver();
		browser.signIn(port, "owner");
		phoneWidth(driver);
		driver.get(url("/"));
		WebElement button = driver.findElement(By.id("menu-button"));
		WebElement programmes = driver.findElement(By.id("nav-programmes"));
		assertThat(button.getDomAttribute("aria-controls")).isEqualTo("site-menu");
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(programmes.isDisplayed()).isFalse();

		button.click();
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(programmes.isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("nav-applications")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("nav-group-programmes")).getDomProperty("textContent"))
			.isEqualTo("Program pembinaan");
		browser.screenshot("phone-menu-open");

		programmes.sendKeys(Keys.ESCAPE);
		assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(programmes.isDisplayed()).isFalse();

		button.click();
		programmes.click();
		browser.waiting().until(ExpectedConditions.urlToBe(url("/programmes")));
	}

	@Test
	void onADeskTheMenuShowsWithoutAButton() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver.get(url("/"));
		assertThat(driver.findElement(By.id("menu-button")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("nav-programmes")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("nav-group-statistics")).getDomProperty("textContent")).isEqualTo("Statistik");
		browser.screenshot("desk-menu");
	}

	/** The viewport of a phone, without its touch emulation: the layout is what is under test. */
	private static void phoneWidth(WebDriver driver) {
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE, "height", 780, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Record pages load their history and certificates with htmx after the page: measure them too. */
	private static void settled(WebDriver driver) {
		browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
				"return document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0;"));
	}

	/** The innermost elements that reach past the window's right edge, to say what to fix. */
	private static Object pastTheEdge(WebDriver driver) {
		return ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				  .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
				  .slice(0, 5)
				  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
				    + ' ' + Math.round(e.getBoundingClientRect().right) + ' px');""");
	}

	private static long innerWidth(WebDriver driver) {
		return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
	}

	private static long scrollWidth(WebDriver driver) {
		Object result = ((JavascriptExecutor) driver).executeScript(
				"return document.documentElement.scrollWidth;");
		return ((Number) result).longValue();
	}

	@SuppressWarnings("unchecked")
	private static List<String> menuLinks(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll(
				    'header.site nav a[href], header.site .account a[href], footer.site a[href]'))
				  .map(a => a.getAttribute('href'));""");
	}

	/** An IKM, a sentra, a programme, an application and a certificate of the demo data. */
	private List<String> recordPages() {
		long ikm = jdbc.sql("""
				select min(ui.ikm_id) from user_ikm ui join user_account u on u.id = ui.user_account_id
				where u.username = 'owner'""").query(Long.class).single();
		long sentra = jdbc.sql("select min(id) from sentra where province_code = '33'").query(Long.class).single();
		String programme = jdbc.sql("select min(code) from programme where status = 'PUBLISHED'")
			.query(String.class).single();
		long application = jdbc.sql("select min(id) from programme_application where province_code = '33'")
			.query(Long.class).single();
		String certificate = jdbc.sql("select min(number) from certificate where status = 'ACTIVE'")
			.query(String.class).single();
		return List.of("/ikm/" + ikm, "/catalogue/" + ikm, "/sentra/" + sentra, "/programmes/" + programme,
				"/applications/" + application, "/certification/certificates/" + certificate);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
