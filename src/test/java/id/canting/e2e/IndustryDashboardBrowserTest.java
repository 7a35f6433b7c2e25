package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.canting.CantingTest;

/**
 * The industry dashboard in a real browser: the province map draws from the committed boundaries,
 * and a click on Jawa Tengah opens the IKM list of Jawa Tengah whose total is the figure clicked.
 * Read-only: it changes no data.
 */
@CantingTest
class IndustryDashboardBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	/** A point inside Jawa Tengah (longitude, latitude), away from its borders. */
	private static final List<Double> JAWA_TENGAH_POINT = List.of(110.0, -7.35);

	@LocalServerPort
	int port;

	@Test
	void aClickOnAProvinceOfTheMapOpensItsIkmWithTheSameTotal() {
		WebDriver driver = browser.driver();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("canting-demo");
		driver.findElement(By.id("login-submit")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

		driver.get(url("/"));
		driver.findElement(By.id("industry-link")).click();
		WebElement map = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#province-map[data-ready='true']")));
		String figure = driver.findElement(By.cssSelector("#table-province tr[data-code='33']")).getDomAttribute("data-ikm");

		// where Jawa Tengah is drawn, asked of the chart itself; then a real mouse click there
		@SuppressWarnings("unchecked")
		List<Number> pixel = (List<Number>) ((JavascriptExecutor) driver).executeScript(
				"return echarts.getInstanceByDom(arguments[0]).convertToPixel({seriesIndex: 0}, arguments[1]);", map,
				JAWA_TENGAH_POINT);
		int x = (int) Math.round(pixel.get(0).doubleValue() - map.getRect().getWidth() / 2.0);
		int y = (int) Math.round(pixel.get(1).doubleValue() - map.getRect().getHeight() / 2.0);
		new Actions(driver).moveToElement(map, x, y).click().perform();

		browser.waiting().until(ExpectedConditions.urlContains("/ikm?province=33"));
		String count = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ikm-count"))).getText();
		assertThat(count.replaceAll("[^0-9]", "")).isEqualTo(figure);
		assertThat(driver.findElement(By.cssSelector("#filter-province option[selected]")).getDomAttribute("value")).isEqualTo("33");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
