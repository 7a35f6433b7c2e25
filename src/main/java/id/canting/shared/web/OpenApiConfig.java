package id.canting.shared.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import id.canting.shared.Actor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document: its title and bearer-token scheme, and the global rules that keep it true
 * to what the API does (every API test checks its requests and responses against it):
 * <ul>
 * <li>{@link Actor} is resolved from the signed-in principal, never sent by a client, so it is no parameter;</li>
 * <li>schemas are named without clashes and say which values may be null ({@link ApiSchemas});</li>
 * <li>every operation documents the refusals the shared handlers answer (400, 401, 403, 404, 409,
 * 413, 422, 429, 503) once, as {@code application/problem+json} with the {@code Problem} schema;</li>
 * <li>file downloads list their real media types ({@link FileDownload}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String PROBLEM_JSON = "application/problem+json";

	/** Every refusal the shared handlers (ApiProblemHandler, the security chain, limits) can answer. */
	static final List<HttpStatus> REFUSALS = List.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED,
			HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.CONTENT_TOO_LARGE,
			HttpStatus.UNPROCESSABLE_CONTENT, HttpStatus.TOO_MANY_REQUESTS, HttpStatus.SERVICE_UNAVAILABLE);

	/**
	 * The API's tags, in domain words and in the order Swagger UI lists them: the registry first, then
	 * its figures, programmes, Batikmark and accounts, as the README's "What is there" does. Each API
	 * controller names one of these in its {@code @Tag}, with a description; a test holds them to it.
	 */
	static final List<String> DOMAIN_TAGS = List.of("My work", "IKM registry", "IKM changes under review", "Sentra",
			"Sentra development",
			"Semester reports", "Public catalogue", "Regions", "Registry exports", "Imports", "Industry statistics",
			"Open data", "Export statistics", "Fact sheets", "Export records", "Product baskets", "Programmes",
			"Programme applications", "Machine restructuring", "Programme participants", "Programme sessions",
			"Programme indicators", "Programme figures", "Readiness assessments", "Readiness questionnaires", "Batikmark certification", "Certificate verification",
			"Certificate register", "Geographical indications", "Events", "Event registrations",
			"Exhibitors and curation", "Business matching", "Order allocation", "Access tokens", "My account", "User accounts", "Audit trail", "Notifications");

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	OpenAPI cantingOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Canting API")
				.description("Registry, statistics, programmes, certification and accounts of Indonesia's batik IKM. Get a token with "
						+ "POST /api/v1/auth/token and send it as Authorization: Bearer <token>. Every refusal "
						+ "is an RFC 9457 problem (application/problem+json) naming the field or rule.")
				.version("v1"))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	ApiSchemas apiSchemas() {
		return new ApiSchemas();
	}

	@Bean
	OpenApiCustomizer truthfulDocument(ApiSchemas schemas) {
		return api -> {
			schemas.apply(api);
			documentRefusals(api);
			documentLanguage(api);
			orderTags(api);
		};
	}

	@Bean
	OperationCustomizer fileDownloads() {
		return (operation, handler) -> {
			FileDownload download = handler.getMethodAnnotation(FileDownload.class);
			if (download == null || operation.getResponses() == null) {
				return operation;
			}
			operation.getResponses().forEach((code, response) -> {
				if (code.startsWith("2")) {
					Content content = new Content();
					if (download.json() && response.getContent() != null) {
						response.getContent().values().stream().findFirst()
							.ifPresent(json -> content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json));
					}
					Arrays.stream(download.value()).forEach(type -> content.addMediaType(type,
							new MediaType().schema(new StringSchema().format("binary"))));
					response.setContent(content);
				}
			});
			return operation;
		};
	}

	/** Referenced by {@code @Schema(ref = "AnyValue")} where a value may be a number, text or list (a diff's values). */
	static final String ANY_VALUE = "AnyValue";

	/**
	 * {@code ?lang=} is read on every URL (LocaleConfig): it chooses the language of messages, problems
	 * and files. Documented once here, where an operation does not name it itself.
	 */
	/** Swagger UI lists the tags in the document's order: the domain's, not the order controllers were found in. */
	private static void orderTags(OpenAPI api) {
		if (api.getTags() != null) {
			api.getTags().sort(Comparator.comparingInt(tag -> {
				int at = DOMAIN_TAGS.indexOf(tag.getName());
				return at < 0 ? DOMAIN_TAGS.size() : at;
			}));
		}
	}

	private static void documentLanguage(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			boolean named = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(parameter -> "lang".equals(parameter.getName()));
			if (!named) {
				operation.addParametersItem(new QueryParameter().name("lang")
					.required(false)
					.description("Language of messages and problems: id (Bahasa Indonesia, the default) or en; any other value falls back to id")
					.schema(new StringSchema()));
			}
		}));
	}

	private static void documentRefusals(OpenAPI api) {
		// no type: JSON Schema then accepts a number, text, list or null, which is what such a field holds
		api.getComponents().addSchemas(ANY_VALUE, new Schema<>().nullable(true)
			.description("A field's value as the request that changes it takes it: a number, text or list"));
		api.getComponents().addSchemas("Problem", problemSchema())
			.addSchemas("ProblemFieldError", new ObjectSchema()
				.description("A broken field rule: the field as the request named it, and the rule in the reader's language")
				.addProperty("field", new StringSchema()).addProperty("message", new StringSchema())
				.required(List.of("field", "message")))
			.addSchemas("ProblemReason", new ObjectSchema()
				.description("A business rule that refused the action, in the reader's language")
				.addProperty("rule", new StringSchema()).addProperty("message", new StringSchema())
				.required(List.of("rule", "message")));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> REFUSALS.forEach(status -> {
			String code = String.valueOf(status.value());
			ApiResponse existing = operation.getResponses().get(code);
			ApiResponse refusal = new ApiResponse()
				.description(existing != null && existing.getDescription() != null ? existing.getDescription()
						: status.getReasonPhrase())
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
			if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
				refusal.setHeaders(Map.of("Retry-After", new Header().description("Seconds to wait before trying again")
					.schema(new IntegerSchema())));
			}
			operation.getResponses().addApiResponse(code, refusal);
		})));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema()
			.description("RFC 9457 Problem Details, title and detail in the caller's language (Accept-Language)")
			.addProperty("type", new StringSchema().description("urn:canting:problem:<kind>, or about:blank"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().description("Every broken field rule (400)")
				.items(new Schema<>().$ref("#/components/schemas/ProblemFieldError")))
			.addProperty("reasons", new ArraySchema().description("Every rule that refused the action (422)")
				.items(new Schema<>().$ref("#/components/schemas/ProblemReason")))
			.required(List.of("title", "status"))
			.additionalProperties(true);
	}
}
