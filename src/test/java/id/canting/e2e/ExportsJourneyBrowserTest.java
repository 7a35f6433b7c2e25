package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.canting.CantingTest;

/**
 * The exports dashboard in a real browser, in Bahasa Indonesia: a buyer changes the period from
 * the whole of 2024 to January–July 2024 and sees the article's total, then clicks the largest
 * destination's bar and lands on the export list filtered to exactly the records behind it.
 * Reads only; changes nothing.
 */
@CantingTest
class ExportsJourneyBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void aReaderChangesThePeriodThenOpensTheRecordsBehindADestinationBar() {
		WebDriver driver = browser.driver();
		driver.get(url("/"));
		driver.manage().deleteAllCookies();
		signIn(driver, "buyer");

		driver.get(url("/statistics/exports?period=2024"));
		WebElement figure = driver.findElement(By.id("figure-exports"));
		BigDecimal wholeYear = new BigDecimal(figure.getDomAttribute("data-value"));

		// a custom range: January to July 2024
		new Select(driver.findElement(By.id("period-preset"))).selectByValue("");
		Browser.replace(driver.findElement(By.id("period-from")), "2024-01");
		Browser.replace(driver.findElement(By.id("period-to")), "2024-07");
		driver.findElement(By.id("period-apply")).click();
		browser.waiting().until(Browser.stale(figure));

		WebElement total = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#figure-exports .value")));
		BigDecimal januaryToJuly = new BigDecimal(driver.findElement(By.id("figure-exports")).getDomAttribute("data-value"));
		assertThat(januaryToJuly).isNotEqualByComparingTo(wholeYear).isEqualByComparingTo("9450000");
		assertThat(total.getText()).isEqualTo("USD 9.450.000");
		assertThat(driver.getCurrentUrl()).contains("from=2024-01").contains("to=2024-07");

		// the largest destination is the first row of the chart's table, and the top bar of the chart
		WebElement firstRow = driver.findElement(By.cssSelector("#table-destination tbody tr"));
		String country = firstRow.getDomAttribute("data-key");
		BigDecimal value = new BigDecimal(firstRow.getDomAttribute("data-value"));
		long records = Long.parseLong(firstRow.getDomAttribute("data-records"));
		WebElement chart = driver.findElement(By.id("chart-destination"));
		browser.waiting().until(ExpectedConditions.attributeToBe(chart, "data-chart-ready", "true"));
		// the middle of the top bar, in the viewport's coordinates, with the chart scrolled into view
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) ((JavascriptExecutor) driver).executeScript("""
				var holder = arguments[0];
				holder.scrollIntoView({block: 'center'});
				var pixel = echarts.getInstanceByDom(holder).convertToPixel({seriesIndex: 0}, [arguments[1] / 2, 0]);
				var box = holder.getBoundingClientRect();
				return [Math.round(box.left + pixel[0]), Math.round(box.top + pixel[1])];""", chart, value.doubleValue());
		new Actions(driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();

		browser.waiting().until(ExpectedConditions.urlContains("/trade/exports"));
		assertThat(driver.getCurrentUrl()).contains("country=" + country).contains("from=2024-01")
			.contains("to=2024-07").contains("basket=BATIK");
		WebElement totals = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("export-totals")));
		assertThat(Long.parseLong(totals.getDomAttribute("data-records"))).isEqualTo(records);
		assertThat(new BigDecimal(totals.getDomAttribute("data-value"))).isEqualByComparingTo(value);
		assertThat(driver.findElements(By.cssSelector("#export-results tbody tr")))
			.allSatisfy(row -> assertThat(row.getText()).contains("(" + country + ")"));
		browser.screenshot("exports-drill-down");
	}

	private void signIn(WebDriver driver, String username) {
		driver.get(url("/login"));
		Browser.replace(driver.findElement(By.id("username")), username);
		Browser.replace(driver.findElement(By.id("password")), "canting-demo");
		driver.findElement(By.id("login-submit")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
