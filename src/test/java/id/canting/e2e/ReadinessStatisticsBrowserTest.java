package id.canting.e2e;

import static id.canting.readiness.internal.statistics.ReadinessRows.anAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingTest;
import id.canting.readiness.internal.statistics.ReadinessRows;

/**
 * The industry dashboard's readiness section in a real browser on a 360 px phone: the IKM-by-level
 * bar chart and the year-on-year line draw from their tables, and nothing reaches past the screen's
 * edge (the wide pillar tables scroll inside their box). The fixture (Gorontalo, 2011 and 2012) is
 * committed for the browser to see and deleted afterwards.
 */
@CantingTest
class ReadinessStatisticsBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theReadinessSectionDrawsItsChartsAndFitsAPhone() {
		List<Long> ids = transactions.execute(status -> {
			List<Long> rows = new ArrayList<>();
			rows.add(anAssessment().ofIkm(900_101).in(2012).inProvince("75").index("1.50")
				.pillars("1.00", "2.00", "1.50", "1.00", "2.00").insertWith(jdbc));
			rows.add(anAssessment().ofIkm(900_102).in(2012).inProvince("75").sized("MENENGAH").withTechniques("TULIS", "CAP")
				.index("2.75").pillars("3.00", "2.50", "3.00", "2.00", "3.00").insertWith(jdbc));
			rows.add(anAssessment().ofIkm(900_101).in(2011).inProvince("75").index("1.00")
				.pillars("1.00", "1.00", "1.00", "1.00", "1.00").insertWith(jdbc));
			return rows;
		});
		try {
			WebDriver driver = browser.driver();
			browser.signIn(port, "admin");
			PhoneWidthBrowserTest.phoneWidth(driver);
			driver.get("http://localhost:" + port + "/statistics/industry?province=75&readinessYear=2012");

			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("[data-chart-for='table-readiness-level'][data-chart-ready='true']")));
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("[data-chart-for='table-readiness-trend'][data-chart-ready='true']")));
			// (1.50 + 2.75) / 2 = 2.13 (2.125 half up), in Indonesian 2,13
			assertThat(browser.text(By.cssSelector("#readiness-average .value"))).isEqualTo("2,13");
			browser.screenshot("readiness-phone");
			assertThat(PhoneWidthBrowserTest.scrollWidth(driver))
				.as("past the edge: %s", PhoneWidthBrowserTest.pastTheEdge(driver))
				.isLessThanOrEqualTo(PhoneWidthBrowserTest.innerWidth(driver));
		}
		finally {
			((HasCdp) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			transactions.executeWithoutResult(status -> ReadinessRows.deleteAll(jdbc, ids));
		}
	}
}
