package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingTest;
import id.canting.account.AccountSessions;
import id.canting.allocation.internal.LicenceInput;
import id.canting.allocation.internal.LicenceService;
import id.canting.allocation.internal.ProducerLicenceRepository;
import id.canting.allocation.internal.EligibilityPolicy;
import id.canting.registry.IkmId;
import id.canting.registry.ProducerFacts;
import id.canting.registry.RegistryQueries;
import id.canting.registry.Technique;
import id.canting.shared.Actor;

/**
 * Issue 18's journey: the admin writes an order on the order form, sees who is eligible, plans it and
 * confirms the plan; the producer (the demo owner's IKM, licensed for the test) reports what it has
 * produced and delivered on a 360 px phone; the order's dashboard then shows the delivery.
 */
@CantingTest
class AllocationBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountSessions accounts;

	@Autowired
	RegistryQueries registry;

	@Autowired
	LicenceService licences;

	@Autowired
	ProducerLicenceRepository licenceRows;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminPlansAndConfirmsAnOrderTheProducerReportsOnItsPhoneAndTheDashboardShowsIt() {
		long ownerIkm = accounts.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		ProducerFacts ikm = registry.producerFacts(List.of(new IkmId(ownerIkm))).get(0);
		Technique technique = List.of(Technique.CAP, Technique.TULIS, Technique.KOMBINASI).stream()
			.filter(t -> EligibilityPolicy.makes(ikm.techniques(), t)).findFirst().orElseThrow();
		boolean hadLicence = licenceRows.existsById(ownerIkm);
		if (!hadLicence) {
			licences.record(Actor.SYSTEM, new IkmId(ownerIkm), 0,
					new LicenceInput(true, "HELD", "ID33110000000001", true, true, "browser test"));
		}
		String title = "Seragam uji " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
		WebDriver driver = browser.driver();
		Long orderId = null;
		try {
			browser.signIn(port, "admin");
			driver.get(url("/allocation/orders/new"));
			type("title", title);
			type("buyerName", "Bank Uji Syariah");
			new Select(driver.findElement(By.id("technique"))).selectByValue(technique.name());
			type("motif", "Motif uji");
			type("fabric", "Katun primisima");
			new Select(driver.findElement(By.id("unit"))).selectByValue("PIECE");
			type("quantity", "3000");
			date("startsOn", today.minusDays(20));
			date("dueOn", today.plusDays(70));
			check("requireKbli13134");
			check("requireCapCapability");
			new Select(driver.findElement(By.id("batikmarkRule"))).selectByValue("NOT_REQUIRED");
			new Select(driver.findElement(By.id("halalRule"))).selectByValue("HELD_OR_IN_PROCESS");
			type("minimumLot", "10");
			type("fairnessFactor", "0.5");
			point(0, "SOC", "Embarkasi Solo", "33", "1800");
			point(1, "SUB", "Embarkasi Surabaya", "35", "1200");
			driver.findElement(By.id("order-submit")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("order-status")));
			orderId = Long.valueOf(driver.getCurrentUrl().replaceAll(".*/allocation/orders/(\\d+).*", "$1"));
			assertThat(browser.text(By.tagName("h1"))).contains(title);

			driver.get(url("/allocation/orders/" + orderId + "/eligibility"));
			assertThat(browser.text(By.id("eligibility-summary"))).as("eligibility summary").isNotBlank();
			assertThat(driver.findElements(By.id("ikm-" + ownerIkm))).as("the licensed owner's IKM is listed").isNotEmpty();

			driver.get(url("/allocation/orders/" + orderId + "/plan"));
			driver.findElement(By.id("plan-button")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-summary")));
			assertThat(digits(browser.text(By.id("plan-allocated")))).as("everything allocated").isEqualTo(3000);
			String producerRow = browser.text(By.id("producer-" + ownerIkm));
			assertThat(producerRow).as("the owner's IKM gets its share with a reason").contains(ikm.name());
			driver.findElement(By.id("confirm-button")).click();
			browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-button")));
			long allocated = jdbc.sql("""
					select pp.quantity from allocation_plan_producer pp join allocation_plan p on p.id = pp.plan_id
					where p.order_id = ? and p.status = 'CONFIRMED' and pp.ikm_id = ?""")
				.params(orderId, ownerIkm).query(Long.class).single();
			assertThat(allocated).as("the fairness floor gives the owner's IKM at least the lot").isGreaterThanOrEqualTo(10);

			((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", false));
			browser.signIn(port, "owner");
			driver.get(url("/allocation/my-allocations"));
			assertThat(browser.text(By.id("allocation-" + orderId + "-" + ownerIkm))).contains(title);
			assertThat(width()).as("my allocations at 360 px").isLessThanOrEqualTo(360);
			driver.get(url("/allocation/orders/" + orderId + "/progress"));
			long delivered = Math.max(1, allocated / 2);
			type("producedToDate-" + ownerIkm, String.valueOf(allocated));
			WebElement quantity = driver.findElement(By.id("quantity-" + ownerIkm + "-0"));
			Browser.replace(quantity, String.valueOf(delivered));
			date("deliveredOn-" + ownerIkm + "-0", today);
			assertThat(width()).as("the progress form at 360 px").isLessThanOrEqualTo(360);
			WebElement submit = driver.findElement(By.id("submit-" + ownerIkm));
			submit.click();
			browser.waiting().until(Browser.stale(submit));
			assertThat(jdbc.sql("select coalesce(sum(quantity), 0) from allocation_delivery where order_id = ? and ikm_id = ?")
				.params(orderId, ownerIkm).query(Long.class).single()).as("the delivery is recorded").isEqualTo(delivered);
			assertThat(jdbc.sql("select status from allocation_order where id = ?").param(orderId).query(String.class).single())
				.as("the first report starts production").isEqualTo("IN_PRODUCTION");
			((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

			browser.signIn(port, "admin");
			driver.get(url("/allocation/orders/" + orderId + "/dashboard"));
			assertThat(digits(browser.text(By.cssSelector("#figure-delivered .value")))).as("the dashboard shows the delivery")
				.isEqualTo(delivered);
		}
		finally {
			((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			Long id = orderId;
			transactions.executeWithoutResult(status -> {
				if (id != null) {
					delete(id);
				}
				if (!hadLicence) {
					jdbc.sql("delete from allocation_producer_licence where ikm_id = ?").param(ownerIkm).update();
				}
			});
		}
	}

	/** Removes the test's order and everything hanging on it, so the shared context's other tests see the demo alone. */
	private void delete(long id) {
		for (String sql : List.of("delete from allocation_pace_alert where order_id = ?",
				"delete from allocation_pace_start where order_id = ?", "delete from allocation_delivery where order_id = ?",
				"delete from allocation_progress where order_id = ?",
				"delete from allocation_plan_delivery where plan_id in (select id from allocation_plan where order_id = ?)",
				"delete from allocation_plan_producer where plan_id in (select id from allocation_plan where order_id = ?)",
				"delete from allocation_plan where order_id = ?", "delete from allocation_lock where order_id = ?",
				"delete from allocation_capacity_confirmation where order_id = ?",
				"delete from allocation_preferred_province where order_id = ?",
				"delete from allocation_delivery_point where order_id = ?", "delete from allocation_order where id = ?")) {
			jdbc.sql(sql).param(id).update();
		}
	}

	private void type(String id, String value) {
		Browser.replace(browser.driver().findElement(By.id(id)), value);
	}

	/** Thymeleaf numbers a checkbox's id ({@code requireNib1}), so it is found by name. */
	private void check(String name) {
		WebElement box = browser.driver().findElement(By.cssSelector("input[type=checkbox][name='" + name + "']"));
		if (!box.isSelected()) {
			box.click();
		}
	}

	/** Date inputs take their value in ISO form whatever the browser's locale shows. */
	private void date(String id, LocalDate value) {
		WebElement input = browser.driver().findElement(By.id(id));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value.toString());
	}

	private void point(int row, String code, String name, String province, String quantity) {
		WebDriver driver = browser.driver();
		type("points" + row + ".code", code);
		type("points" + row + ".name", name);
		new Select(driver.findElement(By.id("points" + row + ".provinceCode"))).selectByValue(province);
		type("points" + row + ".quantity", quantity);
	}

	private static long digits(String text) {
		String d = text.replaceAll("[^0-9]", "");
		return d.isEmpty() ? -1 : Long.parseLong(d);
	}

	private long width() {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth;")).longValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
