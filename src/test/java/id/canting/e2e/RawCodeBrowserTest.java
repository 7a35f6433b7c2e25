package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;
import id.canting.TestLogins;

/**
 * Issue 15, words people read: no page shows a raw code. Each role's menu pages and a set of record
 * pages (with their history, loaded after the page) are read as a person reads them, and no word of
 * their text, titles or placeholders may be the name of a constant of one of Canting's enums
 * ({@link RawCodes}); a code shown to a reader has a label in the message bundles. The same crawl, at
 * a phone's 360 px, holds every page to the phone's width (issue 15, phones): one walk through the
 * pages of each role instead of two keeps the suite within its time.
 */
@CantingTest
class RawCodeBrowserTest {

	static final RawCodes codes = RawCodes.ofCanting();

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	/** Whether this run has left the records below; the context, and so the data, outlive one test. */
	static boolean recorded;

	/**
	 * The demo data is loaded without events, so its trail holds no document kinds: an owner applies
	 * for Batikmark and attaches documents, as the issue saw, and the assessor takes the steps up to the
	 * lab results, so that the application page and the audit log show document kinds, days and
	 * results. Committed, as the browser reads from another thread.
	 */
	@BeforeEach
	void recordsThatCarryCodes() throws Exception {
		if (recorded) {
			return;
		}
		recorded = true; // once, even when a step below fails: the pages are read after it anyway
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		long ikm = jdbc.sql("""
				select min(ui.ikm_id) from user_ikm ui join user_account u on u.id = ui.user_account_id
				where u.username = 'owner'""").query(Long.class).single();
		String technique = jdbc.sql("select min(technique) from ikm_technique where ikm_id = ?").param(ikm)
			.query(String.class).single();
		String created = mvc.perform(post("/api/v1/certification/applications").with(csrf()).with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ikmId": %d, "brand": "Sekar Kata", "trademarkNumber": "IDM000777111", "technique": "%s",
					 "productDescription": "Kain batik 2 x 1,15 m"}""".formatted(ikm, technique)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long application = Long.parseLong(created.replaceFirst("^\\{\"id\":(\\d+),.*", "$1").trim());
		// every kind the file check asks for, as CertificationApiTest attaches them
		for (String kind : List.of("APPLICATION_FORM", "OWNER_ID", "TRADEMARK_PROOF", "NIB", "NPWP")) {
			mvc.perform(multipart("/api/v1/certification/applications/" + application + "/documents")
				.file(new MockMultipartFile("file", "dokumen-pemohon.pdf", "application/pdf",
						"%PDF-1.4\n% uji\n%%EOF\n".getBytes()))
				.param("kind", kind).with(csrf()).with(logins.as("owner")))
				.andExpect(status().isCreated());
		}
		// the assessor's steps up to the lab results record days, an amount and a result in the trail
		String[][] steps = { { "file-check", null }, { "sampling", """
				{"sampledOn": "%s", "samplingOfficer": "Dewi", "sampleCodes": "S-1, S-2"}""".formatted(today) },
				{ "bill", "{\"pnbpIdr\": 2500000}" }, { "payment", "{\"paidOn\": \"" + today + "\"}" },
				{ "lab-results", "{\"shrinkagePercent\": 1.5, \"washingGrade\": 4.5, \"rubbingGrade\": 4}" } };
		for (String[] step : steps) {
			var request = post("/api/v1/certification/applications/" + application + "/" + step[0]).with(csrf())
				.with(logins.as("assessor"));
			if (step[1] != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(step[1]);
			}
			mvc.perform(request).andExpect(status().isOk());
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "buyer", "owner", "assessor", "officer.33", "admin" })
	void noPageOfARoleShowsARawCodeOrRunsPastAPhonesEdge(String role) {
		WebDriver driver = browser.driver();
		if ("anonymous".equals(role)) {
			driver.manage().deleteAllCookies();
		}
		else {
			browser.signIn(port, role);
		}
		PhoneWidthBrowserTest.phoneWidth(driver);
		driver.get(url("/"));
		Set<String> pages = new LinkedHashSet<>(menuLinks(driver));
		pages.addAll(recordPages());

		List<String> raw = new ArrayList<>();
		List<String> tooWide = new ArrayList<>();
		Map<String, Long> widths = new LinkedHashMap<>();
		Set<String> refusalsRead = new HashSet<>();
		int sameRefusals = 0;
		for (String page : pages) {
			if (!refusalsRead.add(refusal(role, page))) {
				sameRefusals++;
				continue; // this role was already shown exactly this refusal (the same sign-in or error page)
			}
			driver.get(url(page));
			Reading reading = settledReading();
			List<String> found = codes.in(reading.text());
			if (!found.isEmpty()) {
				raw.add(page + " shows " + found);
			}
			// one crawl serves both checks (issue 14's budget): wider than the window, a page hides its edge
			long width = reading.scrollWidth();
			widths.put(page, width);
			if (width > reading.innerWidth()) {
				tooWide.add(page + " is " + width + " px wide at " + PhoneWidthBrowserTest.PHONE + " px, past the edge: "
						+ PhoneWidthBrowserTest.pastTheEdge(driver));
			}
		}
		Map.Entry<String, Long> widest = widths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
		// the before/after figures of issue 15 come from this line
		System.out.printf("phone width %s: %d pages, widest %s at %d px (%d more met a refusal already read)%n", role,
				widths.size(), widest.getKey(), widest.getValue(), sameRefusals);
		assertThat(raw).as("raw codes on the pages of %s (%d pages read)", role, pages.size()).isEmpty();
		assertThat(tooWide).as("pages wider than a %d px phone for %s", PhoneWidthBrowserTest.PHONE, role).isEmpty();
	}

	/**
	 * What the role is shown instead of the page, asked of MockMvc first (far cheaper than the browser):
	 * the redirect's target (the sign-in page) or the refusal's status with its words; a page the role may
	 * open is unique. A refusal a role has already been shown word for word is not read again: the
	 * browser would read the same sign-in or error page (anonymous and the buyer meet most of them).
	 */
	private String refusal(String role, String page) {
		try {
			var request = get(page);
			if (!"anonymous".equals(role)) {
				request.with(logins.as(role));
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			int status = response.getStatus();
			if (status >= 300 && status < 400) {
				return status + " to " + response.getRedirectedUrl();
			}
			if (status >= 400) {
				Document refusal = Jsoup.parse(response.getContentAsString());
				return status + " " + refusal.title() + " " + refusal.select("main").text();
			}
			return "page " + page;
		}
		catch (Exception e) {
			throw new IllegalStateException(page, e);
		}
	}

	/** What the crawl reads of a page: its readable text, how wide it is laid out, how wide the window is. */
	record Reading(String text, long scrollWidth, long innerWidth) {
	}

	/**
	 * The page once htmx has settled (no request, swap or settle under way), read in the same script
	 * that finds it settled, so that each page costs one browser round trip: the text a person reads
	 * or hears (every text node outside scripts and styles as written in the page, not as CSS
	 * capitalises it, with titles, placeholders, alternative texts and ARIA labels) and the widths.
	 */
	@SuppressWarnings("unchecked")
	private static Reading settledReading() {
		Map<String, Object> read = browser.waiting().until(d -> (Map<String, Object>) ((JavascriptExecutor) d).executeScript("""
				if (document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length > 0) return null;
				const parts = [document.title];
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				  if (!n.parentElement.closest('script, style, noscript, template')) parts.push(n.nodeValue);
				}
				document.querySelectorAll('[title], [placeholder], [alt], [aria-label]').forEach(e =>
				  ['title', 'placeholder', 'alt', 'aria-label'].forEach(a => e.hasAttribute(a) && parts.push(e.getAttribute(a))));
				return { text: parts.join('\\n'), scrollWidth: document.documentElement.scrollWidth,
				         innerWidth: window.innerWidth };"""));
		return new Reading((String) read.get("text"), ((Number) read.get("scrollWidth")).longValue(),
				((Number) read.get("innerWidth")).longValue());
	}

	@SuppressWarnings("unchecked")
	private static List<String> menuLinks(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll(
				    'header.site nav a[href], header.site .account a[href], footer.site a[href]'))
				  .map(a => a.getAttribute('href'))
				  .filter(h => h.startsWith('/') && !h.includes('lang=') && !h.includes('logout'));""");
	}

	/**
	 * Records of the demo data whose pages show codes' labels: an IKM and its catalogue entry, a
	 * sentra, a programme and its participants, a programme application, a certification application
	 * with its documents, a certificate, an import, an event's public and organisers' pages. A role that may not open one sees its refusal page,
	 * which must read as well.
	 */
	private List<String> recordPages() {
		List<String> pages = new ArrayList<>();
		long ikm = jdbc.sql("""
				select min(ui.ikm_id) from user_ikm ui join user_account u on u.id = ui.user_account_id
				where u.username = 'owner'""").query(Long.class).single();
		pages.add("/ikm/" + ikm);
		pages.add("/catalogue/" + ikm);
		pages.add("/certification/ikm/" + ikm);
		one("select min(id) from sentra where province_code = '33'").ifPresent(id -> pages.add("/sentra/" + id));
		one("select min(code) from programme where status = 'PUBLISHED'").ifPresent(code -> {
			pages.add("/programmes/" + code);
			pages.add("/programmes/" + code + "/participants");
		});
		one("select min(id) from programme_application where province_code = '33'")
			.ifPresent(id -> pages.add("/applications/" + id));
		one("select max(application_id) from certification_document")
			.ifPresent(id -> pages.add("/certification/applications/" + id));
		one("select min(id) from certification_application").ifPresent(id -> pages.add("/certification/applications/" + id));
		one("select min(number) from certificate where status = 'ACTIVE'")
			.ifPresent(number -> pages.add("/certification/certificates/" + number));
		one("select max(id) from import_job").ifPresent(id -> pages.add("/imports/" + id));
		// the messages the certification steps above wrote to the applicant (notification outbox)
		one("select max(id) from notification_message").ifPresent(id -> pages.add("/admin/notifications/" + id));
		// the organisers' event dashboard (any event) and report (a running or closed one); admins only
		one("select min(code) from event").ifPresent(code -> pages.add("/events/" + code + "/dashboard"));
		one("select min(code) from event where status in ('RUNNING', 'CLOSED')")
			.ifPresent(code -> pages.add("/events/" + code + "/report"));
		pages.add("/events/HBN-2024");
		pages.add("/admin/events/HBN-2024");
		one("select min(code) from event where status = 'OPEN_FOR_EXHIBITORS'").ifPresent(code -> {
			pages.add("/admin/events/" + code);
			pages.add("/events/" + code);
		});
		return pages;
	}

	private Optional<String> one(String sql) {
		return jdbc.sql(sql).query(String.class).optional();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
