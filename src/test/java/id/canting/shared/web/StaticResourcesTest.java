package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;

/**
 * The static files ({@link StaticResources}): served to anyone from their own folders; every page
 * names them at versioned addresses (a content hash for Canting's own, the version for webjars), kept
 * a year without asking again; an address without a version is kept but asked again before use
 * (no-cache, never Spring Security's no-store).
 */
@CantingTest
class StaticResourcesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void eachFolderServesItsFilesToBeRevalidatedNotRefetched() throws Exception {
		for (String file : new String[] { "/css/canting.css", "/js/canting.js", "/geo/indonesia-provinces.json",
				"/favicon.svg", "/webjars/echarts/dist/echarts.min.js" }) {
			String cacheControl = mvc.perform(get(file))
				.andExpect(status().isOk())
				.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
				.andReturn().getResponse().getHeader(HttpHeaders.CACHE_CONTROL);
			assertThat(cacheControl).as(file).contains("no-cache").doesNotContain("no-store");
		}
	}

	@Test
	void aPageNamesEveryFileAtAVersionedAddressKeptForAYear() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("script[src]").eachAttr("src"))
			.anyMatch(src -> src.matches("/js/canting-[0-9a-f]{32}\\.js"))
			.anyMatch(src -> src.matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js"))
			.anyMatch(src -> src.matches("/webjars/echarts/[0-9.]+/dist/echarts\\.min\\.js"));
		assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).singleElement()
			.satisfies(href -> assertThat(href).matches("/css/canting-[0-9a-f]{32}\\.css"));
		for (String versioned : new String[] { page.select("script[src*=htmx]").attr("src"),
				page.select("link[rel=stylesheet]").attr("href") }) {
			String cacheControl = mvc.perform(get(versioned)).andExpect(status().isOk()).andReturn().getResponse()
				.getHeader(HttpHeaders.CACHE_CONTROL);
			assertThat(cacheControl).as(versioned).contains("max-age=31536000").contains("immutable");
		}
	}

	@Test
	void aMissingFileIsNotFound() throws Exception {
		mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
		mvc.perform(get("/webjars/htmx.org/dist/missing.js")).andExpect(status().isNotFound());
	}
}
