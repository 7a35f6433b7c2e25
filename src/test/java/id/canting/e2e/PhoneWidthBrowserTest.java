package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.canting.CantingTest;

/**
 * Issue 15, phones: below 768 px the menu folds behind a button, on a desk it shows whole. That every
 * page of every role fits a 360 px screen is checked in {@link RawCodeBrowserTest}'s crawl, with these
 * measurements, so the pages are walked once for both.
 */
@CantingTest
class PhoneWidthBrowserTest {

	static final int PHONE = 360;

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;


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
	static void phoneWidth(WebDriver driver) {
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE, "height", 780, "deviceScaleFactor", 1, "mobile", false));
	}

	/** The innermost elements that reach past the window's right edge, to say what to fix. */
	static Object pastTheEdge(WebDriver driver) {
		return ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				  .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
				  .slice(0, 5)
				  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
				    + ' ' + Math.round(e.getBoundingClientRect().right) + ' px');""");
	}

	static long innerWidth(WebDriver driver) {
		return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
	}

	static long scrollWidth(WebDriver driver) {
		Object result = ((JavascriptExecutor) driver).executeScript(
				"return document.documentElement.scrollWidth;");
		return ((Number) result).longValue();
	}



	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
