package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;

/**
 * The favicon is served to anyone, signed in or not (a browser asks for it on the login page too),
 * as SVG with an ICO for browsers without SVG icons, and every page's head links both.
 */
@CantingTest
class FaviconTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theSvgIconIsServedWithoutSigningIn() throws Exception {
		String svg = mvc.perform(get("/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn().getResponse().getContentAsString();
		assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 64 64\"");
	}

	@Test
	void theIcoFallbackIsServedWithoutSigningIn() throws Exception {
		byte[] ico = mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		// an ICO file: reserved 0, type 1 (icon), then how many images it holds
		assertThat(ico).startsWith(0, 0, 1, 0);
		assertThat(ico[4]).isPositive();
	}

	@Test
	void everyPageLinksTheIconsInItsHead() throws Exception {
		for (String page : new String[] { "/", "/login", "/catalogue" }) {
			String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			String head = html.substring(0, html.indexOf("</head>"));
			assertThat(head).as(page)
				.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
				.contains("<link rel=\"icon\" href=\"/favicon.ico\"");
		}
	}
}
