package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;

/**
 * Issue 15, charts that do not mislead, in a real browser: techniques are bars of the share of IKM
 * (as the table beside them gives it), drawn in the site's palette; the map's legend shows its ranges;
 * a selection without IKM says so instead of drawing; the charts shrink with a 360 px phone.
 * Read-only: it changes no data.
 */
@CantingTest
class ChartsBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void deskWidth() {
		((HasCdp) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void techniquesAreBarsOfTheShareOfIkmInTheSitesPaletteAndTheMapLegendShowsItsRanges() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/statistics/industry?province=33"));
		WebElement chart = ready("[data-chart-for=table-technique]");

		Map<String, Object> drawn = option(chart);
		assertThat(drawn.get("type")).isEqualTo("bar");
		assertThat(drawn.get("max")).isEqualTo(100L);
		List<String> shares = driver.findElements(By.cssSelector("#table-technique tbody tr"))
			.stream().map(row -> row.getDomAttribute("data-value")).toList();
		assertThat(shares).isNotEmpty();
		assertThat(((List<?>) drawn.get("data")).stream().map(v -> Double.parseDouble(v.toString())).toList())
			.isEqualTo(shares.stream().map(Double::parseDouble).toList());
		// the bar's label is the share as the page's language writes it, the same text as the table's
		assertThat(drawn.get("label")).isEqualTo(driver.findElement(By.cssSelector("#table-technique tbody tr td.share")).getText());
		// the palette is the stylesheet's
		assertThat(drawn.get("colour")).isEqualTo(drawn.get("cssColour"));

		WebElement map = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#province-map[data-ready='true']")));
		@SuppressWarnings("unchecked")
		List<String> legend = (List<String>) script("return echarts.getInstanceByDom(arguments[0]).getOption()"
				+ ".visualMap[0].pieces.map(function (p) { return p.label; });", map);
		assertThat(legend).hasSizeGreaterThan(2);
		assertThat(legend.get(0)).isEqualTo("0");
		assertThat(legend.subList(1, legend.size())).allSatisfy(range -> assertThat(range).matches("[0-9.]+–[0-9.]+"));
		// the top range holds the largest figure shown (Jawa Tengah's IKM)
		long ikm = Long.parseLong(driver.findElement(By.cssSelector("#table-province tr[data-code='33']")).getDomAttribute("data-ikm"));
		long top = Long.parseLong(legend.get(legend.size() - 1).replaceAll(".*–", "").replace(".", ""));
		assertThat(top).isGreaterThanOrEqualTo(ikm);
		// shaded in the stylesheet's scale, not ECharts' default blues
		assertThat(script("return echarts.getInstanceByDom(arguments[0]).getOption().visualMap[0].inRange.color;", map))
			.isEqualTo(script("""
					var css = getComputedStyle(document.documentElement);
					return [css.getPropertyValue('--chart-scale-low').trim(), css.getPropertyValue('--chart-scale-high').trim()];"""));
		browser.screenshot("charts-industry-jawa-tengah");
	}

	@Test
	void aSelectionWithoutIkmSaysSoAndDrawsNoChart() {
		String empty = jdbc.sql("""
				select min(p.code) from province p
				where not exists (select 1 from ikm i where i.province_code = p.code and i.status = 'ACTIVE')""")
			.query(String.class).single();
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/statistics/industry?province=" + empty));

		assertThat(browser.text(By.id("no-data-technique")))
			.isEqualTo("Tidak ada data untuk pilihan ini, sehingga grafik tidak digambar.");
		assertThat(driver.findElement(By.id("no-data-workforce")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector(".dashboard canvas"))).isEmpty();
		browser.screenshot("charts-industry-no-data");
	}

	@Test
	void chartsShrinkWithAPhoneAndGrowBack() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/"));
		WebElement chart = ready("[data-chart-for=table-technique]");
		long desk = chartWidth(chart);

		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", false));
		browser.waiting().until(d -> chartWidth(chart) == holderWidth(chart));
		assertThat(chartWidth(chart)).isLessThan(360).isLessThan(desk);
		assertThat((Long) script("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(360L);
		browser.screenshot("charts-dashboard-phone");

		deskWidth();
		browser.waiting().until(d -> chartWidth(chart) == holderWidth(chart) && chartWidth(chart) == desk);
	}

	/** The chart's first series as drawn: its type, values, axis maximum, first label and colour. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> option(WebElement chart) {
		return (Map<String, Object>) script("""
				var chart = echarts.getInstanceByDom(arguments[0]), option = chart.getOption(), series = option.series[0];
				return { type: series.type, data: series.data, max: option.xAxis[0].max,
				  label: series.label.formatter({ value: series.data[0] }),
				  colour: chart.getModel().get('color')[0],
				  cssColour: getComputedStyle(document.documentElement).getPropertyValue('--chart-1').trim() };""", chart);
	}

	private WebElement ready(String selector) {
		return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(selector + "[data-chart-ready='true']")));
	}

	private long chartWidth(WebElement chart) {
		return (Long) script("return echarts.getInstanceByDom(arguments[0]).getWidth();", chart);
	}

	private long holderWidth(WebElement chart) {
		return (Long) script("return arguments[0].clientWidth;", chart);
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
