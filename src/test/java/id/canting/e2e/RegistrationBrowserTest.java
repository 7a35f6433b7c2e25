package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingTest;
import id.canting.event.SessionView;
import id.canting.event.internal.EventManagement;
import id.canting.event.registration.EventFixture;

/**
 * On a 360 px phone, someone without an account registers for a workshop and opens the ticket; at
 * the door an officer types the ticket's code on the check-in page, sees it accepted, and the
 * attendance page counts one more. A second check-in of the same ticket is refused with the time.
 */
@CantingTest
class RegistrationBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	EventManagement events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registerOnAPhoneThenCheckInAndSeeAttendanceGoUp() {
		String code = "UJI-WEB-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		SessionView session = transactions.execute(status -> EventFixture.publishedWorkshop(events, code, 10, 30));
		WebDriver driver = browser.driver();
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", false));
		try {
			driver.manage().deleteAllCookies();
			driver.get(url("/events/" + code));
			driver.findElement(By.id("register-" + session.id().value())).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("registration-form")));
			assertThat(width()).as("registration page at 360 px").isLessThanOrEqualTo(360);
			driver.findElement(By.id("name")).sendKeys("Sari Wulandari");
			driver.findElement(By.id("email")).sendKeys("sari.wulandari@example.org");
			driver.findElement(By.id("phone")).sendKeys("0812-7777-8888");
			driver.findElement(By.id("organisation")).sendKeys("Sanggar Batik Sekar");
			driver.findElement(By.cssSelector("#ageGroup option[value='AGE_15_30']")).click();
			driver.findElement(By.id("register-submit")).click();
			// without consent nothing is registered and the box says why
			assertThat(browser.text(By.id("consent-error"))).contains("persetujuan");
			driver.findElement(By.id("consent1")).click();
			driver.findElement(By.id("register-submit")).click();
			String ticket = browser.text(By.id("ticket-code"));
			assertThat(ticket).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{5}");
			assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Terkonfirmasi");
			assertThat(driver.findElement(By.cssSelector(".ticket-qr svg path")).getAttribute("d")).isNotBlank();
			assertThat(width()).as("ticket page at 360 px").isLessThanOrEqualTo(360);

			browser.signIn(port, "officer.33");
			driver.get(url("/events/" + code + "/attendance"));
			assertThat(browser.text(By.cssSelector("#attendance-list td.attended"))).isEqualTo("0");
			driver.get(url("/events/" + code + "/check-in"));
			assertThat(width()).as("check-in page at 360 px").isLessThanOrEqualTo(360);
			driver.findElement(By.id("ticketCode")).sendKeys(ticket.toLowerCase());
			driver.findElement(By.id("check-in-submit")).click();
			assertThat(browser.text(By.id("check-in-name"))).isEqualTo("Sari Wulandari");
			driver.findElement(By.id("ticketCode")).sendKeys(ticket);
			driver.findElement(By.id("check-in-submit")).click();
			assertThat(browser.text(By.id("check-in-reason"))).contains("sudah digunakan");
			driver.findElement(By.id("attendance-link")).click();
			browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#attendance-list td.attended"), "1"));
		}
		finally {
			((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			jdbc.sql("delete from notification_message where reference in (select ticket_code from event_registration where event_code = :code)")
				.param("code", code).update();
			jdbc.sql("delete from event_registration where event_code = :code").param("code", code).update();
			jdbc.sql("delete from session_seats where session_id = :id").param("id", session.id().value()).update();
			jdbc.sql("delete from event_session where id = :id").param("id", session.id().value()).update();
			jdbc.sql("delete from event where code = :code").param("code", code).update();
		}
	}

	private long width() {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth;")).longValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
