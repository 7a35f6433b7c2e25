package id.canting.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.canting.CantingTest;
import jakarta.servlet.http.Cookie;

/**
 * Behind a TLS reverse proxy (X-Forwarded-Proto: https) or on HTTPS directly, the session and CSRF
 * cookies are Secure and responses carry Strict-Transport-Security; over plain HTTP neither.
 */
@CantingTest
class SecureCookiesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FilterChainProxy securityChains;

	@Autowired
	CsrfTokenRepository csrfTokens;

	@BeforeEach
	void withTheProductionCsrfRepository() {
		ProductionCsrf.restore(securityChains, csrfTokens);
	}

	@Value("${local.server.port}")
	int port;

	@Test
	void onHttpsTheCookiesAreSecureAndHstsIsSent() throws Exception {
		MvcResult form = mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
			.andReturn();
		Cookie csrf = AnonymousSessionTest.csrfCookie(form);
		assertThat(csrf.getSecure()).isTrue();
		MvcResult signedIn = mvc.perform(post("/login").secure(true).cookie(csrf).param("_csrf", AnonymousSessionTest.csrfField(form))
			.param("username", "buyer").param("password", "canting-demo")).andReturn();
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.getSecure()).isTrue();
		assertThat(session.isHttpOnly()).isTrue();
		mvc.perform(get("/api/v1/statistics/summary").secure(true))
			.andExpect(header().exists("Strict-Transport-Security"));
	}

	@Test
	void overPlainHttpThereIsNoHstsAndNoSecureFlag() throws Exception {
		MvcResult form = mvc.perform(get("/login"))
			.andExpect(header().doesNotExist("Strict-Transport-Security")).andReturn();
		assertThat(AnonymousSessionTest.csrfCookie(form).getSecure()).isFalse();
	}

	@Test
	void behindATlsProxyTheForwardedProtocolCounts() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
		String csrfCookie = cookie(proxied.headers().allValues("Set-Cookie"), "XSRF-TOKEN");
		assertThat(csrfCookie).containsIgnoringCase("; Secure");

		Matcher token = AnonymousSessionTest.CSRF_FIELD.matcher(proxied.body());
		assertThat(token.find()).isTrue();
		String cookieValue = csrfCookie.substring(0, csrfCookie.indexOf(';'));
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7")
			.header("Cookie", cookieValue).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=buyer&password=canting-demo&_csrf="
					+ java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(cookie(signedIn.headers().allValues("Set-Cookie"), "SESSION")).containsIgnoringCase("; Secure");

		HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(cookie(plain.headers().allValues("Set-Cookie"), "XSRF-TOKEN")).doesNotContainIgnoringCase("Secure");
	}

	private static String cookie(List<String> setCookies, String name) {
		return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies));
	}
}
