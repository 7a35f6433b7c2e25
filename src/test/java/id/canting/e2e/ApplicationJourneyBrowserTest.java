package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import id.canting.CantingTest;
import id.canting.programme.OpenCalls;

/**
 * A programme application from call to benefit in a real browser, in Bahasa Indonesia: the ministry
 * publishes a call open today, the owner applies for their IKM and submits, the Jawa Tengah officer
 * verifies it from the work queue with the checklist, the ministry approves it on its page, and the
 * IKM's page shows the programme in its history.
 *
 * <p>The application and its demo data are shared with every other Spring test of the run: the
 * programme and its application are removed afterwards, even when the test fails.
 */
@CantingTest
class ApplicationJourneyBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final String CODE = "E2E-PENDAMPINGAN";
	static final String NAME = "Pendampingan pewarna alam uji jelajah";

	@LocalServerPort
	int port;

	@Autowired
	OpenCalls calls;

	@Autowired
	JdbcClient jdbc;

	private WebDriver driver;

	@BeforeEach
	void newVisitor() {
		driver = browser.driver();
		driver.get(url("/"));
		driver.manage().deleteAllCookies();
	}

	@AfterEach
	void removeTheProgramme() {
		calls.remove(CODE);
	}

	@Test
	void theOwnerAppliesTheOfficerVerifiesTheMinistryApprovesAndTheIkmPageShowsTheBenefit() {
		publishAnOpenCallAsTheMinistry();

		// the owner finds the open call and applies for their IKM, which the form has chosen already
		signIn("owner");
		driver.get(url("/programmes/" + CODE));
		click(By.id("apply"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("application-form")));
		Browser.replace(driver.findElement(By.id("proposal")), "Pendampingan pewarna alam untuk 12 pembatik");
		Browser.replace(driver.findElement(By.id("requestedIdr")), "25.000.000");
		click(By.id("apply-submit"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("application-status")));
		assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo("Permohonan dikirim ke dinas provinsi untuk diverifikasi.");
		assertThat(browser.text(By.id("application-status"))).isEqualTo("Diajukan");
		assertThat(browser.text(By.id("requested"))).isEqualTo("Rp25.000.000");
		String applicationUrl = driver.getCurrentUrl();
		String id = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);
		String ikmUrl = driver.findElement(By.id("applicant-link")).getDomProperty("href");
		signOut();

		// the Jawa Tengah officer's queue opens on submitted applications: tick it and the whole checklist
		signIn("officer.33");
		click(By.id("nav-applications"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("application-queue")));
		click(By.id("select-" + id));
		for (String item : new String[] { "identity", "documents", "eligibility", "site" }) {
			click(By.id("batch-check-" + item));
		}
		Browser.replace(driver.findElement(By.id("batch-note")), "Lokasi dikunjungi, dokumen lengkap");
		click(By.id("batch-verify-submit"));
		WebElement result = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#batch-results li[data-id='" + id + "']")));
		assertThat(result.getDomAttribute("data-done")).isEqualTo("true");
		assertThat(result.getText()).contains("selesai, kini Terverifikasi");
		browser.screenshot("application-batch-verified");
		signOut();

		// the ministry approves on the application's page, for the amount requested (prefilled)
		signIn("admin");
		click(By.id("nav-applications"));
		click(By.cssSelector("#application-queue a[href$='/applications/" + id + "']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("approve-form")));
		assertThat(driver.findElement(By.id("approve-amountIdr")).getDomProperty("value")).isEqualTo("25.000.000");
		assertThat(browser.text(By.id("verified"))).contains("officer.33");
		click(By.id("approve"));
		browser.waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "Disetujui"));
		assertThat(browser.text(By.id("approved"))).isEqualTo("Rp25.000.000");
		assertThat(browser.text(By.id("beneficiary"))).isNotBlank();
		browser.screenshot("application-approved");
		signOut();

		// the IKM's page loads its programme history: the programme, approved, linked to the application
		signIn("owner");
		driver.get(ikmUrl);
		WebElement row = browser.waiting().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#programme-history tr[data-programme='" + CODE + "']")));
		assertThat(row.getText()).contains(NAME).contains("Disetujui").contains("Rp25.000.000");
		assertThat(row.findElement(By.cssSelector("a.application-link")).getDomProperty("href")).isEqualTo(applicationUrl);
		browser.screenshot("ikm-programme-history");
	}

	@Test
	void theOwnerComesBackToTheirDraftFromTheProgrammePageAndCorrectsWhatTheOfficerReturned() {
		calls.forIkm(CODE, 500_000_000L, 10);

		// the owner starts an application, keeps it as a draft and leaves
		signIn("owner");
		driver.get(url("/programmes/" + CODE));
		click(By.id("apply"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("application-form")));
		Browser.replace(driver.findElement(By.id("proposal")), "Pendampingan pewarna alam");
		Browser.replace(driver.findElement(By.id("requestedIdr")), "15.000.000");
		click(By.id("apply-draft"));
		assertThat(browser.text(By.id("application-status"))).isEqualTo("Draf");
		String applicationUrl = driver.getCurrentUrl();
		String id = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);
		driver.get(url("/programmes"));

		// back on the programme page: "you have a draft — continue", no second "apply" to be refused
		driver.get(url("/programmes/" + CODE));
		assertThat(browser.text(By.id("own-applications"))).contains("Anda punya draf permohonan");
		assertThat(driver.findElements(By.id("apply"))).isEmpty();
		click(By.id("continue-application-" + id));
		assertThat(driver.getCurrentUrl()).isEqualTo(applicationUrl);
		Browser.replace(driver.findElement(By.id("edit-proposal")), "Pendampingan pewarna alam untuk 12 pembatik");
		click(By.id("save-draft"));
		click(By.id("submit-application"));
		assertThat(browser.text(By.id("application-status"))).isEqualTo("Diajukan");
		signOut();

		// the officer returns it for correction, saying what to correct
		signIn("officer.33");
		driver.get(applicationUrl);
		click(By.id("return-application"));
		assertThat(browser.text(By.id("return-reason-error"))).isNotBlank();
		Browser.replace(driver.findElement(By.id("return-reason")), "Lampirkan foto lokasi usaha");
		click(By.id("return-application"));
		assertThat(browser.text(By.id("application-status"))).isEqualTo("Dikembalikan untuk diperbaiki");
		signOut();

		// the owner sees it on the programme page, reads why, corrects and sends it again
		signIn("owner");
		driver.get(url("/programmes/" + CODE));
		assertThat(browser.text(By.id("own-applications"))).contains("dikembalikan kepada Anda untuk diperbaiki");
		click(By.id("continue-application-" + id));
		assertThat(browser.text(By.id("return-reason"))).isEqualTo("Lampirkan foto lokasi usaha");
		browser.screenshot("application-returned");
		click(By.id("submit-application"));
		assertThat(browser.text(By.id("application-status"))).isEqualTo("Diajukan");
		driver.get(url("/programmes/" + CODE));
		assertThat(browser.text(By.id("own-applications"))).contains("Anda telah mengajukan permohonan");
		assertThat(driver.findElements(By.id("view-application-" + id))).hasSize(1);
	}

	/** Through the API, as another system of the ministry would: a call for IKM, open from yesterday. */
	private void publishAnOpenCallAsTheMinistry() {
		Map<String, Object> token = RestClient.create(url("")).post().uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", "admin", "password", "canting-demo"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		RestClient api = RestClient.builder().baseUrl(url(""))
			.defaultHeader("Authorization", "Bearer " + token.get("token")).build();
		String call = """
				{"code": "%s", "name": "%s", "type": "TECHNICAL_ASSISTANCE", "year": %d, "budgetIdr": 500000000,
				 "quota": 10, "opensOn": "%s", "closesOn": "%s", "target": "IKM", "organiser": "Ditjen IKMA",
				 "description": "Pendampingan teknis pewarna alam"}""".formatted(CODE, NAME, calls.today().getYear(),
				calls.today().minusDays(1), calls.today().plusDays(30));
		api.post().uri("/api/v1/programmes").contentType(MediaType.APPLICATION_JSON).body(call).retrieve()
			.toBodilessEntity();
		api.post().uri("/api/v1/programmes/{code}/publish", CODE).retrieve().toBodilessEntity();
	}

	private void signIn(String username) {
		driver.get(url("/login"));
		Browser.replace(driver.findElement(By.id("username")), username);
		Browser.replace(driver.findElement(By.id("password")), "canting-demo");
		driver.findElement(By.id("login-submit")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void signOut() {
		click(By.id("logout"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
	}

	/** Clicks and, when the click leads to a new page, waits for it. */
	private void click(By locator) {
		WebElement element = browser.waiting().until(ExpectedConditions.elementToBeClickable(locator));
		boolean navigates = element.getTagName().equals("a") || "submit".equals(element.getDomAttribute("type"))
				|| element.getTagName().equals("button");
		WebElement page = driver.findElement(By.tagName("main"));
		element.click();
		if (navigates) {
			browser.waiting().until(Browser.stale(page));
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
