package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

import id.canting.CantingTest;

/**
 * The foundation's main journey in a real browser, in Bahasa Indonesia: the dashboard's headline
 * figures, the IKM list filtered by province through htmx, an edit refused with inline errors, an
 * accepted edit, and the dashboard counting it.
 *
 * <p>The application and its demo data are shared with every other Spring test of the run, which
 * rely on the demo figures: whatever this test changes it puts back, even when it fails.
 */
@CantingTest
class RegistryJourneyBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");
	private static final String JAWA_TENGAH = "33";

	@LocalServerPort
	int port;

	private WebDriver driver;
	private AdminApi api;

	@BeforeEach
	void newVisitor() {
		driver = browser.driver();
		api = AdminApi.signIn(url(""));
		// Each test starts as a visitor who never chose a language: the browser only asks for Indonesian.
		driver.get(url("/"));
		driver.manage().deleteAllCookies();
	}

	@Test
	void anOfficerFindsAnIkmCorrectsItsWorkersAndTheDashboardCountsThem() {
		// The article's figures, as the demo dataset reproduces them, in Indonesian number format.
		driver.get(url("/"));
		assertThat(headline("workers")).isEqualTo("200.000");
		assertThat(headline("ikm")).isEqualTo("5.946");
		assertThat(headline("sentra")).isEqualTo("201");
		assertThat(headline("provinces")).isEqualTo("11");

		// The registry with personal data is for officers: sign in as the Jawa Tengah officer.
		signIn("officer.33");
		String detailUrl = firstActiveIkmInJawaTengah();
		long id = Long.parseLong(detailUrl.substring(detailUrl.lastIndexOf('/') + 1));
		// Kept to put the IKM back exactly as it was, whatever happens below.
		Map<String, Object> original = api.ikm(id);
		try {
			driver.get(detailUrl);
			String name = browser.text(By.id("ikm-name"));
			String workers = browser.text(By.id("ikm-workers"));
			int workersCount = ((Number) original.get("workers")).intValue();
			assertThat(workers).startsWith(indonesian(workersCount) + " orang");

			anInvalidEditIsRefusedWithInlineErrors();

			// Nothing of the refused edit was saved.
			driver.get(detailUrl);
			assertThat(browser.text(By.id("ikm-name"))).isEqualTo(name);
			assertThat(browser.text(By.id("ikm-workers"))).isEqualTo(workers);

			// A valid edit: ten more women workers.
			openEditForm();
			WebElement female = driver.findElement(By.id("workersFemale"));
			int workersFemale = Integer.parseInt(female.getDomProperty("value"));
			Browser.replace(female, String.valueOf(workersFemale + 10));
			submitAndWaitForNewPage();

			assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo("Perubahan berhasil disimpan.");
			assertThat(browser.text(By.id("ikm-workers"))).startsWith(indonesian(workersCount + 10) + " orang")
				.contains(indonesian(workersFemale + 10) + " perempuan");

			// The history tab shows who changed what: the old and the new number of women workers.
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "officer.33"));
			assertThat(browser.text(By.id("history"))).contains(String.valueOf(workersFemale))
				.contains(String.valueOf(workersFemale + 10));

			// The dashboard is counted live from the registry, so it shows the edit at once.
			driver.get(url("/"));
			assertThat(headline("workers")).isEqualTo("200.010");
		}
		finally {
			api.restore(id, original);
		}
		driver.get(url("/"));
		assertThat(headline("workers")).isEqualTo("200.000");
	}

	@Test
	void markupTypedIntoAnIkmNameIsShownAsTextNeverRun() {
		Map<String, Object> page = api.client().get().uri("/api/v1/catalogue/ikm?size=1").retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		@SuppressWarnings("unchecked")
		long id = ((Number) ((List<Map<String, Object>>) page.get("content")).get(0).get("id")).longValue();
		Map<String, Object> original = api.ikm(id);
		String hostile = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>Batik";
		try {
			Map<String, Object> changed = new LinkedHashMap<>(original);
			changed.put("name", hostile);
			api.restore(id, changed);
			driver.get(url("/catalogue/" + id));
			assertThat(browser.text(By.id("catalogue-name"))).isEqualTo(hostile);
			assertThat(driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
			// had any of it run, the title would be just "pwned"; escaped, it is the name as typed
			assertThat(driver.getTitle()).isEqualTo(hostile + " · Canting");
		}
		finally {
			api.restore(id, original);
		}
	}

	@Test
	void aVisitorWhoChoosesEnglishKeepsItOnTheNextPage() {
		driver.get(url("/?lang=en"));
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(headline("workers")).isEqualTo("200,000");
		assertThat(browser.text(By.cssSelector("#figure-workers .label"))).isEqualTo("workers");
		assertThat(driver.manage().getCookieNamed("canting-lang")).isNotNull();

		// No ?lang any more, and the browser still asks for Indonesian: only the cookie can say English.
		driver.get(url("/catalogue"));
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Batik IKM catalogue");
		assertThat(browser.text(By.id("catalogue-count"))).endsWith(" records");
	}

	/**
	 * Filters the IKM list to Jawa Tengah as an officer does, by choosing the province, and checks the
	 * list htmx swaps in. Returns the address of the first active IKM in it.
	 */
	private String firstActiveIkmInJawaTengah() {
		driver.get(url("/ikm"));
		WebElement countBefore = driver.findElement(By.id("ikm-count"));
		new Select(driver.findElement(By.id("filter-province"))).selectByValue(JAWA_TENGAH);
		// htmx replaces the whole browse block, so the old count element goes stale once the new list is in.
		browser.waiting().until(ExpectedConditions.and(Browser.stale(countBefore),
				ExpectedConditions.urlContains("province=" + JAWA_TENGAH)));

		long total = ((Number) ikmPageFromApi(JAWA_TENGAH).get("totalElements")).longValue();
		assertThat(browser.text(By.id("ikm-count"))).isEqualTo(indonesian(total) + " data");
		assertThat(new Select(driver.findElement(By.id("filter-province"))).getFirstSelectedOption().getText())
			.isEqualTo("Jawa Tengah");

		List<String> jawaTengahRegencies = regencyNames(JAWA_TENGAH);
		List<WebElement> rows = driver.findElements(By.cssSelector("#ikm-results tbody tr"));
		assertThat(rows).isNotEmpty();
		for (WebElement row : rows) {
			String regency = row.findElement(By.cssSelector("td:nth-child(3)")).getText();
			assertThat(regency).as("regency of %s", row.getText()).isIn(jawaTengahRegencies);
		}

		// An inactive IKM does not count on the dashboard, so only an active one can show the edit there.
		return driver.findElement(By.cssSelector("#ikm-results tbody tr:not(.inactive) a.ikm-link")).getDomProperty("href");
	}

	private void signIn(String username) {
		driver.get(url("/login"));
		Browser.replace(driver.findElement(By.id("username")), username);
		Browser.replace(driver.findElement(By.id("password")), "canting-demo");
		driver.findElement(By.id("login-submit")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void anInvalidEditIsRefusedWithInlineErrors() {
		openEditForm();
		// Each field is in the form once: a duplicated control (as a Thymeleaf fragment named like an
		// HTML element once produced) submits its value twice and fails the edit on a field not touched.
		assertThat(driver.findElements(By.cssSelector("#ikm-form select, #ikm-form input:not([type=checkbox]):not([type=hidden])")))
			.extracting(control -> control.getDomAttribute("name"))
			.doesNotHaveDuplicates();
		driver.findElement(By.id("name")).clear();
		Browser.replace(driver.findElement(By.id("workersMale")), "-5");
		submitAndWaitForNewPage();

		assertThat(browser.text(By.cssSelector(".form-errors"))).contains("Data belum disimpan.");
		assertThat(browser.text(By.id("name-error"))).isEqualTo("wajib diisi");
		assertThat(browser.text(By.id("workersMale-error"))).isEqualTo("tidak boleh negatif");
		// Each message sits in the field it is about, and the field says so to assistive technology.
		assertThat(driver.findElements(By.cssSelector(".field.has-error .field-error")))
			.extracting(error -> error.getDomAttribute("id") + ": " + error.getText())
			.containsExactlyInAnyOrder("name-error: wajib diisi", "workersMale-error: tidak boleh negatif");
		assertThat(driver.findElement(By.id("name")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.id("workersMale")).getDomAttribute("aria-invalid")).isEqualTo("true");
		// What the officer typed is kept, to correct rather than retype.
		assertThat(driver.findElement(By.id("workersMale")).getDomProperty("value")).isEqualTo("-5");
		browser.screenshot("form-errors");
	}

	private void openEditForm() {
		driver.findElement(By.id("edit")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ikm-form")));
	}

	/** Submits the IKM form and waits for the page that answers (the form again, or the IKM). */
	private void submitAndWaitForNewPage() {
		WebElement form = driver.findElement(By.id("ikm-form"));
		driver.findElement(By.id("save")).click();
		browser.waiting().until(Browser.stale(form));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> ikmPageFromApi(String province) {
		Map<String, Object> page = api.client().get().uri("/api/v1/ikm?province={province}&size=1", province).retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		return (Map<String, Object>) page.get("page");
	}

	private List<String> regencyNames(String province) {
		List<Map<String, Object>> regencies = api.client().get().uri("/api/v1/regions/provinces/{code}/regencies", province)
			.retrieve().body(new ParameterizedTypeReference<>() {
			});
		return regencies.stream().map(r -> (String) r.get("name")).toList();
	}

	private String headline(String figure) {
		return browser.text(By.cssSelector("#figure-" + figure + " .value"));
	}

	private static String indonesian(long number) {
		return NumberFormat.getIntegerInstance(INDONESIAN).format(number);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
