package id.canting.account.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** API requests as a machine client makes them: a token from the token endpoint, then bearer requests. */
final class ApiCalls {

	static final String DEMO_PASSWORD = "canting-demo";

	private final MockMvc mvc;

	ApiCalls(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The token endpoint's answer for these credentials (200 with a token, or 401/429 refused). */
	MvcResult requestToken(String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}")).andReturn();
	}

	String token(String username, String password) throws Exception {
		MvcResult result = requestToken(username, password);
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("no token for " + username + ": " + result.getResponse().getContentAsString());
		}
		return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	String token(String username) throws Exception {
		return token(username, DEMO_PASSWORD);
	}

	static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, String body) {
		return bearer(request, token).contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
