package id.canting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A MockMvc whose every request is made as one demo account, with a CSRF token for page forms; API
 * calls are checked against the OpenAPI document ({@link ApiDocumentCheck}).
 */
public final class AsUser {

	private AsUser() {
	}

	public static MockMvc mockMvc(WebApplicationContext context, TestLogins logins, String username) {
		return MockMvcBuilders.webAppContextSetup(context)
			.apply(springSecurity())
			.defaultRequest(get("/").with(logins.as(username)).with(csrf()))
			.alwaysExpect(ApiDocumentCheck.matchesTheDocument())
			.build();
	}
}
