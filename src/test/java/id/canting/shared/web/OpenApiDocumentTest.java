package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.canting.CantingTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Lints the OpenAPI document ({@code /v3/api-docs}) that every API test validates against: it parses
 * without errors, takes no {@code Actor} from clients, has tags in domain words, gives each record
 * of the API a schema of its own (no two records with one name), documents every refusal as
 * Problem Details and names the media types of downloads.
 */
@CantingTest
class OpenApiDocumentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	String json;
	OpenAPI document;

	@BeforeEach
	void readTheDocument() throws Exception {
		json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		SwaggerParseResult parsed = new OpenAPIParser().readContents(json, null, null);
		assertThat(parsed.getMessages()).as("parser messages").isEmpty();
		document = parsed.getOpenAPI();
	}

	@Test
	void theDocumentIsOpenApi30AndReferencesOnlySchemasItDefines() {
		assertThat(document.getOpenapi()).startsWith("3.0");
		assertThat(json).doesNotContain("canting_").doesNotContain("ModelAndView");
		List<String> refs = new ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("#/components/schemas/([^\"]+)\"").matcher(json);
		while (m.find()) {
			refs.add(m.group(1));
		}
		assertThat(document.getComponents().getSchemas().keySet()).containsAll(refs);
	}

	@Test
	void noOperationAsksTheClientForTheActor() {
		operations().forEach((name, operation) -> assertThat(operation.getParameters() == null ? List.of()
				: operation.getParameters().stream().map(p -> p.getName().toLowerCase()).toList())
			.as(name).doesNotContain("actor"));
		assertThat(document.getComponents().getSchemas()).doesNotContainKey("Actor");
	}

	@Test
	void everyOperationIsTaggedInDomainWords() {
		java.util.Set<String> used = new java.util.TreeSet<>();
		operations().forEach((name, operation) -> {
			assertThat(operation.getTags()).as(name).isNotEmpty();
			operation.getTags().forEach(tag -> assertThat(tag).as(name)
				.matches("[A-Z][A-Za-z ]+")
				.doesNotContainIgnoringCase("controller")
				.isIn(OpenApiConfig.DOMAIN_TAGS));
			used.addAll(operation.getTags());
		});
		// springdoc names an untagged controller "ikm-api-controller": no such tag may appear at all
		assertThat(document.getTags()).allSatisfy(tag -> {
			assertThat(tag.getName()).isIn(OpenApiConfig.DOMAIN_TAGS);
			assertThat(tag.getDescription()).as(tag.getName()).isNotBlank();
		});
		assertThat(document.getTags()).extracting(io.swagger.v3.oas.models.tags.Tag::getName)
			.as("every tag an operation uses is declared, described, in the domain's order")
			.containsExactlyElementsOf(OpenApiConfig.DOMAIN_TAGS.stream().filter(used::contains).toList());
	}

	@Test
	void eachRecordOfTheApiHasASchemaOfItsOwn() {
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{(\\w+):[^/]*}", "{$1}");
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					Operation operation = operation(path, method.name());
					assertThat(operation).as(method + " " + path).isNotNull();
					for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
						if (parameter.hasParameterAnnotation(RequestBody.class)) {
							checked += matches(operation.getRequestBody().getContent(),
									parameter.getGenericParameterType(), method + " " + path + " request");
						}
					}
					Type returned = unwrap(entry.getValue().getMethod().getGenericReturnType());
					for (var response : operation.getResponses().entrySet()) {
						if (response.getKey().startsWith("2")) {
							checked += matches(response.getValue().getContent(), returned,
									method + " " + path + " " + response.getKey());
						}
					}
				}
			}
		}
		assertThat(checked).as("records checked").isGreaterThan(50);
	}

	@Test
	void certificationStepsAreDocumentedWithCertificationShapesNotTheProgrammes() {
		Content certificationReason = operation("/api/v1/certification/certificates/{number}/suspend", "POST")
			.getRequestBody().getContent();
		assertThat(certificationReason.get("application/json").getSchema().get$ref()).endsWith("/CertificationReason");
		assertThat(referenced(certificationReason).getProperties()).containsOnlyKeys("reason");
		Schema<?> certificationApply = referenced(operation("/api/v1/certification/applications", "POST")
			.getRequestBody().getContent());
		Schema<?> programmeApply = referenced(operation("/api/v1/programmes/{code}/applications", "POST")
			.getRequestBody().getContent());
		assertThat(certificationApply.getProperties()).containsKeys("brand", "trademarkNumber", "technique")
			.doesNotContainKey("proposal");
		assertThat(programmeApply.getProperties()).containsKeys("proposal", "requestedIdr").doesNotContainKey("brand");
	}

	@Test
	void everyOperationDocumentsItsRefusalsAsProblemDetails() {
		operations().forEach((name, operation) -> {
			for (String status : List.of("400", "401", "403", "404", "409", "413", "422", "429", "503")) {
				ApiResponse refusal = operation.getResponses().get(status);
				assertThat(refusal).as(name + " " + status).isNotNull();
				assertThat(refusal.getContent()).as(name + " " + status).containsOnlyKeys("application/problem+json");
				assertThat(refusal.getContent().get("application/problem+json").getSchema().get$ref())
					.isEqualTo("#/components/schemas/Problem");
			}
			assertThat(operation.getResponses().get("429").getHeaders()).containsKey("Retry-After");
		});
		Schema<?> problem = document.getComponents().getSchemas().get("Problem");
		assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "errors", "reasons");
		assertThat(document.getComponents().getSchemas().get("ProblemFieldError").getProperties())
			.containsOnlyKeys("field", "message");
	}

	@Test
	void downloadsNameTheirMediaTypes() {
		assertThat(success(operation("/api/v1/certificates/{number}/certificate.pdf", "GET")))
			.containsOnlyKeys("application/pdf");
		assertThat(success(operation("/api/v1/ikm/export", "GET"))).containsOnlyKeys("text/csv",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(success(operation("/api/v1/programmes/{code}/impact", "GET"))).containsKeys("application/json",
				"application/pdf");
		assertThat(success(operation("/api/v1/ikm/{id}", "GET"))).containsOnlyKeys("application/json");
		assertThat(success(operation("/api/v1/events/{code}/report", "GET"))).containsOnlyKeys("application/pdf",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	private Content success(Operation operation) {
		return operation.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("2")).findFirst()
			.orElseThrow().getValue().getContent();
	}

	/** 1 when the content's JSON schema is the record's (all its components are properties), 0 when there is no record to compare. */
	private int matches(Content content, Type type, String where) {
		if (!(type instanceof Class<?> record) || !record.isRecord() || !record.getName().startsWith("id.canting.")) {
			return 0;
		}
		assertThat(content).as(where).isNotNull();
		Schema<?> schema = referenced(content);
		assertThat(schema).as(where + " schema").isNotNull();
		assertThat(schema.getProperties()).as(where + " is " + record.getName())
			.containsKeys(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new));
		return 1;
	}

	private Schema<?> referenced(Content content) {
		Schema<?> schema = content.get("application/json").getSchema();
		return schema.get$ref() == null ? schema
				: document.getComponents().getSchemas().get(schema.get$ref().replace("#/components/schemas/", ""));
	}

	private static Type unwrap(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == ResponseEntity.class) {
			return parameterized.getActualTypeArguments()[0];
		}
		return type;
	}

	private Operation operation(String path, String method) {
		PathItem item = document.getPaths().get(path);
		return item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
	}

	private Map<String, Operation> operations() {
		Map<String, Operation> all = new java.util.TreeMap<>();
		document.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> all.put(method + " " + path, operation)));
		return all;
	}
}
