package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;

/**
 * Sentra development in a real browser: an officer changes a facility's condition and sees the
 * facilities part of the score change; the map page draws its canvas beside the ranking table. The
 * facility change commits, so the sentra's facilities, profile and audit entries are put back after.
 */
@CantingTest
class SentraDevelopmentBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long sentra;
	List<Map<String, Object>> facilities;
	Map<String, Object> profile;
	long lastAudit;

	@BeforeEach
	void remember() {
		sentra = jdbc.sql("""
				select min(f.sentra_id) from development_facility f join sentra s on s.id = f.sentra_id
				 where s.province_code = '33' and s.status = 'ACTIVE' and f.unit_count > 0""").query(Long.class).single();
		facilities = jdbc.sql("select * from development_facility where sentra_id = ? order by line_no").param(sentra)
			.query().listOfRows();
		profile = jdbc.sql("select updated_by, updated_at from development_profile where sentra_id = ?").param(sentra)
			.query().singleRow();
		lastAudit = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
	}

	@AfterEach
	void putBack() {
		jdbc.sql("delete from development_facility where sentra_id = ?").param(sentra).update();
		for (Map<String, Object> f : facilities) {
			jdbc.sql("""
					insert into development_facility (sentra_id, line_no, kind, name, unit_count, facility_condition)
					 values (?, ?, ?, ?, ?, ?)""")
				.params(sentra, f.get("line_no"), f.get("kind"), f.get("name"), f.get("unit_count"), f.get("facility_condition"))
				.update();
		}
		jdbc.sql("update development_profile set updated_by = ?, updated_at = ? where sentra_id = ?")
			.params(profile.get("updated_by"), (Timestamp) profile.get("updated_at"), sentra).update();
		jdbc.sql("delete from audit_change where entry_id > ?").param(lastAudit).update();
		jdbc.sql("delete from audit_entry where id > ?").param(lastAudit).update();
	}

	@Test
	void anOfficerBreaksAFacilityAndSeesTheFacilitiesPartFall() {
		WebDriver driver = browser.driver();
		browser.signIn(port, "officer.33");
		driver.get(url("/sentra/" + sentra + "/development?lang=en"));
		String before = browser.text(By.cssSelector("#part-FACILITIES .part-value"));

		driver.findElement(By.id("edit-facilities")).click();
		int row = facilities.indexOf(facilities.stream().filter(f -> ((Number) f.get("unit_count")).intValue() > 0)
			.findFirst().orElseThrow());
		String condition = (String) facilities.get(row).get("facility_condition");
		boolean working = condition.equals("GOOD") || condition.equals("FAIR");
		Select select = new Select(browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.id("facilities" + row + ".condition"))));
		select.selectByValue(working ? "BROKEN" : "GOOD");
		driver.findElement(By.cssSelector("#facilities-form button[type=submit]")).click();

		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("score-parts")));
		String after = browser.text(By.cssSelector("#part-FACILITIES .part-value"));
		assertThat(after).isNotEqualTo(before);
		assertThat(working ? percent(after) < percent(before) : percent(after) > percent(before)).isTrue();
	}

	@Test
	void theMapPageDrawsItsCanvasBesideTheRanking() {
		WebDriver driver = browser.driver();
		browser.signIn(port, "officer.33");
		driver.get(url("/sentra-development"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sentra-map[data-chart-ready='true'] canvas")));
		assertThat(driver.findElements(By.cssSelector("#ranking-table tbody tr[data-sentra]"))).hasSize(72);
		assertThat(driver.findElements(By.cssSelector("#ranking-table tbody tr[data-lat]"))).isNotEmpty();
	}

	@Test
	void thePagesFitAPhone() {
		WebDriver driver = browser.driver();
		browser.signIn(port, "admin");
		PhoneWidthBrowserTest.phoneWidth(driver);
		try {
			for (String path : List.of("/sentra/" + sentra + "/development", "/sentra/" + sentra + "/development/facilities",
					"/sentra-development?province=33", "/sentra-development/weights")) {
				driver.get(url(path));
				assertThat(PhoneWidthBrowserTest.scrollWidth(driver)).as(path + ": " + PhoneWidthBrowserTest.pastTheEdge(driver))
					.isLessThanOrEqualTo(PhoneWidthBrowserTest.innerWidth(driver));
			}
			browser.screenshot("sentra-development-phone");
		}
		finally {
			((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private static double percent(String text) {
		return Double.parseDouble(text.replaceAll("[^0-9]", ""));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
