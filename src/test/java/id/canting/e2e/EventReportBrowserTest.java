package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingTest;
import id.canting.event.internal.EventManagement;
import id.canting.event.report.internal.ReportFigureStubs;
import id.canting.event.report.internal.ReportTestEvents;

/**
 * The organisers' event dashboard and report in a real browser at a phone's 360 px: the charts are
 * drawn from the tables beside them (the sessions' capacity, registrations and attendance), no page
 * runs past the phone's edge or shows a raw code, in Indonesian and English. The test's events are
 * committed (the browser reads from another thread) and removed afterwards.
 */
@CantingTest
class EventReportBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	EventManagement events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void events() {
		transaction.executeWithoutResult(status -> ReportTestEvents.create(events));
	}

	@AfterEach
	void remove() {
		ReportFigureStubs.clear();
		List<String> codes = List.of(ReportTestEvents.CLOSED.value(), ReportTestEvents.PUBLISHED.value(),
				ReportTestEvents.DRAFT.value());
		jdbc.sql("delete from event_session where event_id in (select id from event where code in (:codes))")
			.param("codes", codes).update();
		jdbc.sql("delete from event where code in (:codes)").param("codes", codes).update();
		((HasCdp) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void theDashboardAndTheReportReadOnAPhoneWithChartsDrawnFromTheirTables() {
		WebDriver driver = browser.driver();
		browser.signIn(port, "admin");
		PhoneWidthBrowserTest.phoneWidth(driver);
		RawCodes codes = RawCodes.ofCanting();
		String code = ReportTestEvents.CLOSED.value();
		for (String page : List.of("/events/" + code + "/dashboard", "/events/" + code + "/report",
				"/events/" + code + "/dashboard?lang=en", "/events/" + code + "/report?lang=en")) {
			driver.get("http://localhost:" + port + page);
			WebElement sessions = ready("[data-chart-for=table-sessions]");
			ready("[data-chart-for=table-by-province]");
			ready("[data-chart-for=table-by-kind]");
			@SuppressWarnings("unchecked")
			List<List<Object>> drawn = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(
					"return echarts.getInstanceByDom(arguments[0]).getOption().series.map(function (s) { return s.data; });",
					sessions);
			// capacity, registrations, attendance of the FGD and the workshop, as the table gives them
			assertThat(drawn.toString()).isEqualTo("[[40, 30], [40, 10], [31, 9]]");
			assertThat(PhoneWidthBrowserTest.scrollWidth(driver))
				.as("%s at %d px, past the edge: %s", page, PhoneWidthBrowserTest.PHONE, PhoneWidthBrowserTest.pastTheEdge(driver))
				.isLessThanOrEqualTo(PhoneWidthBrowserTest.innerWidth(driver));
			assertThat(codes.in(driver.findElement(By.tagName("body")).getText())).as("raw codes on %s", page).isEmpty();
		}
		browser.screenshot("event-report-phone");
	}

	private WebElement ready(String selector) {
		return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(selector + "[data-chart-ready='true']")));
	}
}
