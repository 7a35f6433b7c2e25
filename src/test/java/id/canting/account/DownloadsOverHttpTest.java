package id.canting.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.internal.ApplicationAttachments;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Every file download completes, for a machine client with a bearer token and for a browser with a
 * session cookie: sent over real HTTP to the running server (MockMvc never writes a response to a
 * socket, so it cannot see a response that stops before its end), the whole body read, its status,
 * type and length checked, and the file checked to be whole (a PDF ends with its end-of-file marker,
 * an XLSX opens, a PNG has its end chunk). Streamed downloads used to send their body and then fail
 * the response's end for token clients.
 */
@CantingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadsOverHttpTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Set.of());

	/** How a download is asked for: by a machine client with a token, or by a signed-in browser. */
	enum Channel {
		TOKEN, SESSION
	}

	record Download(Channel channel, String path, String contentType) {

		@Override
		public String toString() {
			return channel + " " + path;
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationAttachments attachments;

	private final HttpClient tokenClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10)).build();
	private String token;
	private long importJob;
	private long attachmentId;

	@BeforeAll
	void signInAndPrepareFiles() throws Exception {
		token = token();
		signInWithTheLoginForm();
		importJob = uploadAnImportWithRejectedRows();
		long application = jdbc.sql("""
				select min(id) from programme_application where status in ('SUBMITTED', 'VERIFIED', 'APPROVED')""")
			.query(Long.class).single();
		attachmentId = attachments.attach(ADMIN, new ApplicationId(application), "proposal", "proposal.pdf", PDF).id();
	}

	@AfterAll
	void removeWhatTheTestMade() {
		jdbc.sql("delete from application_attachment where id = ?").param(attachmentId).update();
		for (String table : new String[] { "import_error", "import_row" }) {
			jdbc.sql("delete from " + table + " where job_id = ?").param(importJob).update();
		}
		jdbc.sql("delete from import_job where id = ?").param(importJob).update();
	}

	Stream<Download> downloads() {
		List<Download> all = new ArrayList<>();
		for (String kind : List.of("ikm", "sentra", "report", "trade")) {
			all.add(new Download(Channel.TOKEN, "/api/v1/imports/" + kind + "/template?format=csv&lang=en", "text/csv"));
			all.add(new Download(Channel.TOKEN, "/api/v1/imports/" + kind + "/template?format=xlsx", XLSX));
			all.add(new Download(Channel.SESSION, "/imports/template/" + kind + "?format=csv", "text/csv"));
			all.add(new Download(Channel.SESSION, "/imports/template/" + kind + "?format=xlsx", XLSX));
		}
		all.add(new Download(Channel.TOKEN, "/api/v1/imports/" + importJob + "/rejected?format=csv", "text/csv"));
		all.add(new Download(Channel.TOKEN, "/api/v1/imports/" + importJob + "/rejected?format=xlsx", XLSX));
		all.add(new Download(Channel.SESSION, "/imports/" + importJob + "/rejected?format=csv", "text/csv"));
		all.add(new Download(Channel.SESSION, "/imports/" + importJob + "/rejected?format=xlsx", XLSX));
		for (String format : List.of("csv", "xlsx")) {
			String type = format.equals("csv") ? "text/csv" : XLSX;
			all.add(new Download(Channel.TOKEN, "/api/v1/ikm/export?province=33&format=" + format, type));
			all.add(new Download(Channel.TOKEN, "/api/v1/sentra/export?format=" + format, type));
			all.add(new Download(Channel.SESSION, "/ikm/export?province=33&format=" + format, type));
			all.add(new Download(Channel.SESSION, "/sentra/export?format=" + format, type));
		}
		String certificate = jdbc.sql("select min(number) from certificate where status = 'ACTIVE'").query(String.class)
			.single();
		for (String prefix : List.of("/api/v1/certificates/", "/certificates/")) {
			Channel channel = prefix.startsWith("/api") ? Channel.TOKEN : Channel.SESSION;
			all.add(new Download(channel, prefix + certificate + "/certificate.pdf?lang=en", "application/pdf"));
			all.add(new Download(channel, prefix + certificate + "/label.png", "image/png"));
			all.add(new Download(channel, prefix + certificate + "/label.svg", "image/svg+xml"));
		}
		String period = "period=2024-01..2024-07";
		all.add(new Download(Channel.TOKEN, "/api/v1/statistics/fact-sheet?" + period + "&format=pdf", "application/pdf"));
		all.add(new Download(Channel.TOKEN, "/api/v1/statistics/fact-sheet?" + period + "&format=xlsx", XLSX));
		all.add(new Download(Channel.SESSION, "/statistics/fact-sheet/download?" + period + "&format=pdf", "application/pdf"));
		all.add(new Download(Channel.SESSION, "/statistics/fact-sheet/download?" + period + "&format=xlsx", XLSX));
		String impact = "PA-PEWARNA-ALAM-2024";
		all.add(new Download(Channel.TOKEN, "/api/v1/programmes/" + impact + "/impact?format=pdf", "application/pdf"));
		all.add(new Download(Channel.TOKEN, "/api/v1/programmes/" + impact + "/impact?format=xlsx", XLSX));
		all.add(new Download(Channel.SESSION, "/programmes/" + impact + "/impact/download?format=pdf", "application/pdf"));
		all.add(new Download(Channel.SESSION, "/programmes/" + impact + "/impact/download?format=xlsx", XLSX));
		long participant = jdbc.sql("""
				select min(p.id) from programme_participant p join programme g on g.id = p.programme_id
				where g.code = 'PELATIHAN-SDM-2024'
				and (select count(*) from programme_attendance a where a.participant_id = p.id and a.present) = 8""")
			.query(Long.class).single();
		all.add(new Download(Channel.TOKEN, "/api/v1/programmes/PELATIHAN-SDM-2024/participants/" + participant
				+ "/certificate.pdf", "application/pdf"));
		all.add(new Download(Channel.SESSION, "/programmes/PELATIHAN-SDM-2024/participants/" + participant
				+ "/certificate.pdf", "application/pdf"));
		long application = jdbc.sql("select application_id from application_attachment where id = ?").param(attachmentId)
			.query(Long.class).single();
		all.add(new Download(Channel.TOKEN, "/api/v1/applications/" + application + "/attachments/" + attachmentId,
				"application/pdf"));
		all.add(new Download(Channel.SESSION, "/applications/" + application + "/documents/" + attachmentId,
				"application/pdf"));
		var document = jdbc.sql("select min(id) as id from certification_document").query(Long.class).single();
		long certification = jdbc.sql("select application_id from certification_document where id = ?").param(document)
			.query(Long.class).single();
		all.add(new Download(Channel.TOKEN, "/api/v1/certification/applications/" + certification + "/documents/"
				+ document, "application/pdf"));
		all.add(new Download(Channel.SESSION, "/certification/applications/" + certification + "/documents/" + document,
				"application/pdf"));
		all.add(new Download(Channel.TOKEN, "/api/v1/open-data/industry/by-province.csv", "text/csv"));
		return all.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("downloads")
	void everyDownloadCompletesForTokenAndSessionClients(Download download) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + download.path()))
			.timeout(Duration.ofSeconds(60))
			.GET();
		HttpClient client = browser;
		if (download.channel() == Channel.TOKEN) {
			request.header("Authorization", "Bearer " + token);
			client = tokenClient;
		}

		// an incomplete response (body sent, end never written) fails here with an IOException
		HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).as(download.path()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(download.path()).hasValueSatisfying(
				type -> assertThat(type).startsWith(download.contentType()));
		assertThat(response.headers().firstValue("Content-Disposition")).as(download.path())
			.hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
		byte[] body = response.body();
		response.headers().firstValueAsLong("Content-Length")
			.ifPresent(length -> assertThat(body).as(download.path()).hasSize((int) length));
		assertWhole(download, body);
	}

	/** The body is a whole file of its type, not a cut one. */
	private static void assertWhole(Download download, byte[] body) throws IOException {
		assertThat(body).as(download.path()).isNotEmpty();
		String type = download.contentType();
		if (type.equals(XLSX)) {
			try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
				assertThat(workbook.getNumberOfSheets()).isPositive();
			}
		}
		else if (type.equals("application/pdf")) {
			String text = new String(body, StandardCharsets.ISO_8859_1);
			assertThat(text).startsWith("%PDF");
			assertThat(text.strip()).endsWith("%%EOF");
		}
		else if (type.equals("image/png")) {
			String tail = new String(body, body.length - 8, 4, StandardCharsets.US_ASCII);
			assertThat(tail).isEqualTo("IEND");
		}
		else if (type.equals("image/svg+xml")) {
			assertThat(new String(body, StandardCharsets.UTF_8).strip()).endsWith("</svg>");
		}
		else {
			assertThat(new String(body, StandardCharsets.UTF_8)).contains("\n");
		}
	}

	private String token() throws Exception {
		HttpResponse<String> response = tokenClient.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"canting-demo\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	/** Signs the browser in as a person would: the login page's form with its CSRF token. */
	private void signInWithTheLoginForm() throws Exception {
		String page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		String form = "username=admin&password=canting-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	/** An IKM file with two invalid rows of three, checked but never committed. */
	private long uploadAnImportWithRejectedRows() throws Exception {
		byte[] file = getClass().getResourceAsStream("/imports/ikm-unknown-regency.csv").readAllBytes();
		byte[] head = ("--canting\r\nContent-Disposition: form-data; name=\"file\"; filename=\"daftar.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = "\r\n--canting--\r\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> started = tokenClient.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/imports/ikm"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=canting")
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long id = Long.parseLong(started.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
		Instant deadline = Instant.now().plusSeconds(60);
		String status = "";
		while (!status.equals("READY") && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			status = jdbc.sql("select status from import_job where id = ?").param(id).query(String.class).single();
		}
		assertThat(status).isEqualTo("READY");
		return id;
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
