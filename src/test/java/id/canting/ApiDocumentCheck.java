package id.canting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Collections;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Every MockMvc request of the suite to {@code /api/**} is checked against the application's own
 * OpenAPI document ({@code /v3/api-docs}, read once per application context) with Atlassian's
 * swagger-request-validator: the request (path and method documented, parameters, body) and the
 * response (status documented, content type, body against its schema). A mismatch fails the test,
 * so the document cannot drift from what the API does. It is hooked in once for every MockMvc the
 * tests use: {@link CantingTest}'s (a {@link MockMvcBuilderCustomizer}) and {@link AsUser}'s.
 * <p>
 * What is not checked: who may call what ({@code security}), because tests sign in through the
 * security context rather than a header; that is {@code AuthorisationMatrixTest}'s job. Unknown
 * fields in a request body pass, as the API ignores them; unknown fields in a response fail.
 */
public final class ApiDocumentCheck implements ResultMatcher {

	private static final String REQUEST_OFF_THE_DOCUMENT = ApiDocumentCheck.class.getName() + ".offTheDocument";
	private static final ApiDocumentCheck INSTANCE = new ApiDocumentCheck();
	private static final String CSRF_PARAMETER = "_csrf";

	private static WebApplicationContext loadedFor;
	private static OpenApiInteractionValidator validator;

	private ApiDocumentCheck() {
	}

	/** The check itself, for a MockMvc built by hand: {@code .alwaysExpect(ApiDocumentCheck.matchesTheDocument())}. */
	public static ResultMatcher matchesTheDocument() {
		return INSTANCE;
	}

	/**
	 * For a request that breaks the document on purpose, to test how the API refuses it (a wrong type,
	 * a missing part): the request is not checked, its response still is. Use it sparingly.
	 */
	public static RequestPostProcessor offTheDocument() {
		return request -> {
			request.setAttribute(REQUEST_OFF_THE_DOCUMENT, Boolean.TRUE);
			return request;
		};
	}

	@Override
	public void match(MvcResult result) {
		MockHttpServletRequest request = result.getRequest();
		if (!request.getRequestURI().startsWith("/api/") || request.isAsyncStarted()) {
			return; // pages are not in the document; an async response is checked when it is dispatched
		}
		Request call = request(request);
		Response response = MockMvcResponse.of(result.getResponse());
		OpenApiInteractionValidator document = validator(request);
		ValidationReport report;
		if (request.getAttribute(REQUEST_OFF_THE_DOCUMENT) != null) {
			// the request is not checked; for a method or path the document lacks there is no response to check either
			report = ValidationReport.from(document.validateResponse(call.getPath(), call.getMethod(), response)
				.getMessages().stream().filter(m -> !m.getKey().startsWith("validation.request.")).toList());
		}
		else {
			report = document.validate(call, response);
		}
		if (report.hasErrors()) {
			throw new AssertionError("%s %s answered %d, which the OpenAPI document (/v3/api-docs) does not describe:%n%s"
				.formatted(call.getMethod(), call.getPath(), result.getResponse().getStatus(),
						report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
							.map(m -> "  - [" + m.getKey() + "] " + m.getMessage()).collect(Collectors.joining("\n"))));
		}
	}

	/**
	 * The request as the validator reads it, without the {@code _csrf} parameter that {@link AsUser}
	 * adds to every request for page forms (the API takes bearer tokens and ignores it).
	 */
	private static Request request(MockHttpServletRequest request) {
		String path = request.getPathInfo() != null ? request.getPathInfo() : request.getRequestURI();
		SimpleRequest.Builder call = new SimpleRequest.Builder(request.getMethod(), path);
		byte[] body = request.getContentAsByteArray();
		if (body != null && body.length > 0) {
			call.withBody(body);
		}
		Collections.list(request.getHeaderNames())
			.forEach(name -> call.withHeader(name, Collections.list(request.getHeaders(name))));
		request.getParameterMap().forEach((name, values) -> {
			if (!CSRF_PARAMETER.equals(name)) {
				call.withQueryParam(name, values);
			}
		});
		return call.build();
	}

	private static synchronized OpenApiInteractionValidator validator(MockHttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getRequiredWebApplicationContext(request.getServletContext());
		if (context != loadedFor) {
			validator = OpenApiInteractionValidator.createForInlineApiSpecification(document(context))
				.withLevelResolver(LevelResolver.create()
					.withLevel("validation.request.security", ValidationReport.Level.IGNORE)
					// the API ignores unknown request fields (a client may send back what it read);
					// unknown response fields are errors: the document must name everything the API says
					.withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
					.build())
				.build();
			loadedFor = context;
		}
		return validator;
	}

	private static String document(WebApplicationContext context) {
		try {
			return MockMvcBuilders.webAppContextSetup(context).build().perform(get("/v3/api-docs")).andReturn()
				.getResponse().getContentAsString();
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot read /v3/api-docs", e);
		}
	}

	/** Hooks the check into the MockMvc that {@link CantingTest} autowires. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Hook {

		@Bean
		MockMvcBuilderCustomizer apiDocumentCheck() {
			return builder -> builder.alwaysExpect(matchesTheDocument());
		}
	}
}
