package id.canting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15, flows without walls: from each role's home, every link (and every fragment a page loads
 * with htmx) that the role is shown, followed three pages deep, opens; none ends on a refusal (403)
 * or an error. Links of one shape ({@code /ikm/12} and {@code /ikm/13}) are followed once; downloads
 * are left to their own tests, which check their content.
 */
@CantingTest
class LinksWithoutWallsTest {

	static final int DEPTH = 3;
	static final int MAX_PAGES = 400;
	/** Downloads: large, checked by their own tests. */
	static final Pattern DOWNLOAD = Pattern.compile("export|download|format=|\\.(pdf|png|svg|xlsx|csv)(\\?|$)");
	static final Pattern NUMBER = Pattern.compile("\\d+");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "buyer", "owner", "assessor", "officer.33", "admin" })
	void everyLinkARoleIsShownOpens(String role) throws Exception {
		Set<String> shapes = new HashSet<>();
		Deque<Link> queue = new ArrayDeque<>(List.of(new Link("/", "(start)", 0)));
		List<String> walls = new ArrayList<>();
		int opened = 0;
		while (!queue.isEmpty() && opened < MAX_PAGES) {
			Link link = queue.removeFirst();
			if (!shapes.add(shapeOf(link.href()))) {
				continue;
			}
			MockHttpServletResponse response = open(role, link.href());
			opened++;
			int status = response.getStatus();
			if (status == 403 || status >= 500) {
				walls.add(link.href() + " answers " + status + " (linked from " + link.from() + ")");
				continue;
			}
			String type = response.getContentType();
			if (link.depth() < DEPTH && type != null && type.startsWith("text/html")) {
				Document page = Jsoup.parse(response.getContentAsString());
				for (String href : links(page)) {
					queue.addLast(new Link(href, link.href(), link.depth() + 1));
				}
			}
		}
		System.out.printf("links without walls %s: %d pages opened%n", role, opened);
		assertThat(walls).as("links shown to %s that lead into a wall", role).isEmpty();
	}

	private MockHttpServletResponse open(String role, String href) throws Exception {
		MockHttpServletRequestBuilder request = get(href);
		if (!"anonymous".equals(role)) {
			request.with(logins.as(role));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** The page's own links and the fragments it loads, within the application and not downloads. */
	private static List<String> links(Document page) {
		List<String> found = new ArrayList<>();
		for (Element a : page.select("a[href], [hx-get]")) {
			String href = a.hasAttr("hx-get") ? a.attr("hx-get") : a.attr("href");
			if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/logout")
					&& !href.startsWith("/api/") && !DOWNLOAD.matcher(href).find()) {
				found.add(href.replaceAll("#.*$", ""));
			}
		}
		return found;
	}

	/** The link with its numbers and query values left out: one of each shape is followed. */
	private static String shapeOf(String href) {
		String[] parts = href.split("\\?", 2);
		String path = NUMBER.matcher(parts[0]).replaceAll("#");
		if (parts.length == 1) {
			return path;
		}
		return path + "?" + String.join("&", java.util.Arrays.stream(parts[1].split("&"))
			.map(p -> p.split("=", 2)[0]).sorted().distinct().toList());
	}

	record Link(String href, String from, int depth) {
	}
}
