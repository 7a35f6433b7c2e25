package id.canting.shared.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.LocaleResolver;

import id.canting.CantingTest;
import jakarta.servlet.Filter;
import id.canting.TestLogins;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;

/**
 * Public pages served from rendered copies stay live: a committed registry change shows on the next
 * anonymous request, on this node and on another node with its own copies over the same database;
 * repeat visitors get 304 until then; signed-in visitors are never served a copy. Not transactional:
 * the change must commit, and is undone at the end.
 */
@CantingTest
class PublicPageCacheTest {

	@Autowired
	MockMvc nodeA;

	@Autowired
	WebApplicationContext context;

	@Autowired
	ObjectProvider<CacheablePages> pages;

	@Autowired
	PublicDataVersion versions;

	@Autowired
	LocaleResolver locales;

	@Autowired
	IkmManagement ikms;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The IKM whose status this test turns off and on again (committed: its version moves): the last
	 * one outside a sentra, outside the provinces the other tests work in, which none reads by position.
	 */
	static final String LEAST_USED_IKM = "select max(id) from ikm where status = 'ACTIVE' and sentra_id is null and province_code not in ('33', '35')";

	@Autowired
	TestLogins logins;

	/** Another app node: the same database, its own copies in its own memory. */
	MockMvc nodeB;

	/** The app's filters in the app's order, with this node's own page copies in place of node A's. */
	@BeforeEach
	void anotherNode() {
		PublicPageFilter otherNodesCopies = new PublicPageFilter(pages, versions, locales, Duration.ofMinutes(10),
				64L * 1024 * 1024);
		List<Filter> filters = new ArrayList<>();
		for (ServletContextInitializer initializer : new ServletContextInitializerBeans(context)) {
			if (initializer instanceof AbstractFilterRegistrationBean<?> registration && registration.isEnabled()) {
				Filter filter = registration.getFilter();
				filters.add(filter instanceof PublicPageFilter ? otherNodesCopies : filter);
			}
		}
		assertThat(filters).contains(otherNodesCopies);
		nodeB = MockMvcBuilders.webAppContextSetup(context).addFilters(filters.toArray(Filter[]::new)).build();
	}

	@Test
	void aCommittedChangeShowsOnTheNextRequestOnEveryNodeAndRepeatVisitorsGet304Until() throws Exception {
		long ikmBefore = Long.parseLong(figure(nodeA.perform(get("/")).andReturn().getResponse()).replace(".", ""));
		MockHttpServletResponse first = nodeA.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
		// each node answers a repeat visitor of its own copy with 304 (the dashboard's "as of" is its render's minute,
		// so the two nodes' copies, and tags, may differ)
		String etagB = nodeB.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		nodeA.perform(get("/").header("If-None-Match", etag)).andExpect(status().isNotModified());
		nodeB.perform(get("/").header("If-None-Match", etagB)).andExpect(status().isNotModified());

		long active = jdbc.sql(LEAST_USED_IKM).query(Long.class).single();
		IkmId ikm = new IkmId(active);
		ikms.deactivate(Actor.SYSTEM, ikm);
		try {
			for (var node : List.of(Map.entry(nodeA, etag), Map.entry(nodeB, etagB))) {
				MockHttpServletResponse after = node.getKey().perform(get("/").header("If-None-Match", node.getValue()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse();
				assertThat(figure(after)).isEqualTo(dotted(ikmBefore - 1));
				assertThat(after.getHeader("ETag")).isNotEqualTo(node.getValue());
			}
		}
		finally {
			ikms.activate(Actor.SYSTEM, ikm);
		}
		assertThat(figure(nodeB.perform(get("/")).andReturn().getResponse())).isEqualTo(dotted(ikmBefore));
		assertThat(figure(nodeA.perform(get("/")).andReturn().getResponse())).isEqualTo(dotted(ikmBefore));
	}

	@Test
	void eachLanguageHasItsOwnCopyAndGzipIsServedWhenAccepted() throws Exception {
		String english = nodeA.perform(get("/open-data").header("Accept-Language", "en"))
			.andExpect(header().string("Content-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String indonesian = nodeA.perform(get("/open-data").header("Accept-Language", "id"))
			.andExpect(header().string("Content-Language", "id"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(english).select("html").attr("lang")).isEqualTo("en");
		assertThat(Jsoup.parse(indonesian).select("html").attr("lang")).isEqualTo("id");

		MockHttpServletResponse gzipped = nodeA.perform(get("/open-data").header("Accept-Language", "en")
			.header("Accept-Encoding", "gzip, deflate, br")).andReturn().getResponse();
		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(english);
	}

	@Test
	void signedInVisitorsAreNeverServedACopy() throws Exception {
		String etag = nodeA.perform(get("/")).andReturn().getResponse().getHeader("ETag");
		MockHttpServletResponse signedIn = nodeA.perform(get("/").with(logins.as("admin")).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(signedIn.getHeader("ETag")).isNull();
		assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");
	}

	private static String figure(MockHttpServletResponse response) throws IOException {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("#figure-ikm .value").text();
	}

	private static String dotted(long n) {
		return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
