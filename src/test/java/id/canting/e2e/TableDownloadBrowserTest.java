package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.canting.CantingTest;

/**
 * The spreadsheet habit in a real browser: an officer ticks the whole page of their queue with
 * select-all and downloads the queue as CSV; an admin filters the audit log (htmx swaps the results
 * and the download links) and downloads it as XLSX. Each file is fetched from the link the page shows,
 * with the browser's session cookie, and read back. Reads only; changes nothing.
 */
@CantingTest
class TableDownloadBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void anOfficerSelectsTheWholePageAndDownloadsTheQueueTheyAreLookingAt() throws Exception {
		WebDriver driver = browser.driver();
		browser.signIn(port, "officer.33");
		driver.get(url("/applications"));
		int shown = count(By.id("application-count"));
		assertThat(shown).isPositive();

		List<WebElement> boxes = driver.findElements(By.cssSelector("#application-queue input[name=ids]"));
		WebElement all = driver.findElement(By.id("select-all"));
		assertThat(all.isDisplayed()).isTrue();
		all.click();
		assertThat(boxes).isNotEmpty().allSatisfy(box -> assertThat(box.isSelected()).isTrue());
		boxes.get(0).click();
		assertThat(all.isSelected()).isFalse();
		assertThat(all.getDomProperty("indeterminate")).isEqualTo("true");
		all.click();
		assertThat(boxes).allSatisfy(box -> assertThat(box.isSelected()).isTrue());

		String href = driver.findElement(By.cssSelector("a.download-csv")).getDomAttribute("href");
		HttpResponse<byte[]> file = fetch(driver, href);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		List<CSVRecord> rows = csv(file.body());
		assertThat(rows.get(0).get(1)).isEqualTo("Pemohon");
		assertThat(rows).hasSize(1 + shown);
		// the rows of the page's first page are in the file, with the labels the page shows
		List<String> onPage = driver.findElements(By.cssSelector("#application-queue tbody tr[data-id]")).stream()
			.map(tr -> tr.getDomAttribute("data-id")).toList();
		assertThat(rows.stream().skip(1).map(r -> r.get(0)).collect(Collectors.toSet())).containsAll(onPage);
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(5)).isEqualTo("Jawa Tengah"));
	}

	@Test
	void anAdminFiltersTheAuditLogAndDownloadsWhatTheFilterShows() throws Exception {
		WebDriver driver = browser.driver();
		browser.signIn(port, "admin");
		driver.get(url("/audit"));
		WebElement count = driver.findElement(By.id("audit-count"));
		new Select(driver.findElement(By.id("filter-entity"))).selectByValue("login");
		browser.waiting().until(Browser.stale(count));
		browser.waiting().until(ExpectedConditions.attributeContains(By.cssSelector("a.download-xlsx"), "href", "entity=login"));
		int shown = count(By.id("audit-count"));
		assertThat(shown).isPositive();

		String href = driver.findElement(By.cssSelector("a.download-xlsx")).getDomAttribute("href");
		HttpResponse<byte[]> file = fetch(driver, href);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("audit-").contains(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Jejak audit");
			assertThat(sheet.getLastRowNum()).isEqualTo(shown);
			DataFormatter text = new DataFormatter();
			assertThat(text.formatCellValue(sheet.getRow(0).getCell(4))).isEqualTo("Jenis data");
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(text.formatCellValue(sheet.getRow(i).getCell(4))).isEqualTo("Login");
				assertThat(text.formatCellValue(sheet.getRow(i).getCell(2))).startsWith("Login");
			}
		}
	}

	private int count(By locator) {
		return Integer.parseInt(browser.text(locator).replaceAll("\\D", ""));
	}

	/** The file behind a link, fetched as the browser would: with its cookies. */
	private HttpResponse<byte[]> fetch(WebDriver driver, String href) throws Exception {
		String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(href))).header("Cookie", cookies).GET().build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private static List<CSVRecord> csv(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
