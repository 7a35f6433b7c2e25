package id.canting.shared.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Names every schema of the API after its own record and says which of its values may be null.
 * <p>
 * springdoc names a schema by the class's simple name, so two records called {@code Reason} (the
 * programme's eligibility reason, certification's refusal reason) became one schema and the last
 * one read overwrote the other. Here each record of Canting is first keyed by its full type while
 * springdoc reads the controllers; once the document is built, {@link #apply} names it by its
 * simple name where no other record in the document has that name, else by its enclosing record or
 * its module ({@code EligibilityReason}, {@code CertificationReason}). The choice depends only on
 * what the document contains, never on the order the controllers were read.
 * <p>
 * Jackson writes every property of a response, null or not; so a property of a primitive type is
 * {@code required} and every other one is {@code nullable}, as the Java type says (a record that a
 * property may leave null is marked nullable itself, the only way OpenAPI 3.0 can say it).
 */
class ApiSchemas implements ModelConverter {

	private static final String KEY = "canting_";
	private static final String REF = "#/components/schemas/";
	private static final List<String> OUTER_SUFFIXES = List.of("ApiController", "Controller", "Requests", "Request",
			"Responses", "Response", "Views", "View", "Body", "Form");

	/** Static like swagger's {@code ModelConverters}, which every application context in one JVM shares. */
	private static final Map<String, JavaType> types = new ConcurrentHashMap<>();

	@Override
	public Schema resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
		JavaType type = Json.mapper().constructType(annotated.getType());
		if (annotated.getName() == null && isCantingRecord(type) && !namedByAnnotation(type)) {
			String key = KEY + type.toCanonical().replaceAll("[^A-Za-z0-9]", "_");
			types.putIfAbsent(key, type);
			annotated.name(key);
		}
		return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
	}

	/** Names the keyed schemas, marks nullable and required properties, and rewrites every reference. */
	void apply(OpenAPI api) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		Map<String, String> names = names(schemas);
		Set<String> nullableReferences = new HashSet<>();
		schemas.forEach((key, schema) -> {
			if (types.containsKey(key)) {
				nullability(schema, types.get(key), nullableReferences);
			}
		});
		// OpenAPI 3.0 ignores siblings of $ref (and validators an allOf wrapper's nullable): a record
		// that some property may leave null is itself nullable, as springdoc does for @Schema(nullable)
		nullableReferences.stream().map(schemas::get).filter(s -> s != null).forEach(s -> s.setNullable(true));
		Map<String, Schema> renamed = new TreeMap<>();
		schemas.forEach((key, schema) -> renamed.put(names.getOrDefault(key, key), schema));
		api.getComponents().setSchemas(new LinkedHashMap<>(renamed));
		Consumer<Schema> rename = schema -> {
			if (schema.get$ref() != null && schema.get$ref().startsWith(REF)) {
				String key = schema.get$ref().substring(REF.length());
				if (names.containsKey(key)) {
					schema.set$ref(REF + names.get(key));
				}
			}
		};
		renamed.values().forEach(schema -> visit(schema, rename));
		if (api.getPaths() != null) {
			api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> visit(op, rename)));
		}
	}

	/** The document's name of each keyed schema: simple where that is unique, else qualified. */
	private Map<String, String> names(Map<String, Schema> schemas) {
		Map<String, JavaType> present = new TreeMap<>();
		schemas.keySet().stream().filter(types::containsKey).forEach(key -> present.put(key, types.get(key)));
		Map<String, Set<Class<?>>> bySimpleName = new HashMap<>();
		present.values().forEach(type -> collect(type, bySimpleName));
		Set<String> ambiguous = bySimpleName.entrySet().stream().filter(e -> e.getValue().size() > 1)
			.map(Map.Entry::getKey).collect(Collectors.toSet());
		Map<String, String> names = new HashMap<>();
		present.forEach((key, type) -> names.put(key, name(type, ambiguous)));
		// a qualified name that is still taken (or a name springdoc gave another schema) falls back to the full one
		Set<String> taken = new HashSet<>(schemas.keySet().stream().filter(k -> !types.containsKey(k)).toList());
		Map<String, Long> counts = names.values().stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
		names.replaceAll((key, name) -> counts.get(name) > 1 || taken.contains(name) ? key.substring(KEY.length()) : name);
		return names;
	}

	private static void collect(JavaType type, Map<String, Set<Class<?>>> bySimpleName) {
		if (isCantingRecord(type)) {
			bySimpleName.computeIfAbsent(type.getRawClass().getSimpleName(), n -> new HashSet<>()).add(type.getRawClass());
		}
		type.getBindings().getTypeParameters().forEach(parameter -> collect(parameter, bySimpleName));
	}

	private static String name(JavaType type, Set<String> ambiguous) {
		Class<?> raw = type.getRawClass();
		String name = ambiguous.contains(raw.getSimpleName()) ? qualified(raw) : raw.getSimpleName();
		return name + type.getBindings().getTypeParameters().stream().map(p -> name(p, ambiguous))
			.collect(Collectors.joining());
	}

	/** {@code EligibilityResponse.Reason} → EligibilityReason; a top-level {@code registry.Verification} → RegistryVerification. */
	private static String qualified(Class<?> raw) {
		Class<?> outer = raw.getEnclosingClass();
		String prefix;
		if (outer != null) {
			prefix = outer.getSimpleName();
			for (String suffix : OUTER_SUFFIXES) {
				if (prefix.endsWith(suffix) && prefix.length() > suffix.length()) {
					prefix = prefix.substring(0, prefix.length() - suffix.length());
					break;
				}
			}
		}
		else {
			String module = raw.getPackageName().split("\\.")[2];
			prefix = module.substring(0, 1).toUpperCase(Locale.ROOT) + module.substring(1);
		}
		return raw.getSimpleName().startsWith(prefix) ? raw.getSimpleName() : prefix + raw.getSimpleName();
	}

	private static void nullability(Schema schema, JavaType type, Set<String> nullableReferences) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null) {
			return;
		}
		Map<String, BeanPropertyDefinition> javaProperties = new HashMap<>();
		Json.mapper().getSerializationConfig().introspect(type).findProperties()
			.forEach(p -> javaProperties.put(p.getName(), p));
		List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
		properties.replaceAll((name, property) -> {
			BeanPropertyDefinition java = javaProperties.get(name);
			if (java == null) {
				return property;
			}
			if (java.getPrimaryType().isPrimitive()) {
				if (!required.contains(name)) {
					required.add(name);
				}
				return property;
			}
			if (property.get$ref() != null) {
				nullableReferences.add(property.get$ref().substring(REF.length()));
				return property;
			}
			return property.nullable(true);
		});
		schema.setRequired(required.isEmpty() ? null : required);
	}

	private static boolean isCantingRecord(JavaType type) {
		Class<?> raw = type.getRawClass();
		return raw.getName().startsWith("id.canting.") && !raw.isEnum() && !type.isContainerType()
				&& !raw.isInterface();
	}

	private static boolean namedByAnnotation(JavaType type) {
		var schema = type.getRawClass().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return schema != null && !schema.name().isEmpty();
	}

	static void visit(Operation operation, Consumer<Schema> action) {
		if (operation.getParameters() != null) {
			operation.getParameters().stream().map(Parameter::getSchema).forEach(s -> visit(s, action));
		}
		if (operation.getRequestBody() != null) {
			visit(operation.getRequestBody().getContent(), action);
		}
		if (operation.getResponses() != null) {
			for (ApiResponse response : operation.getResponses().values()) {
				visit(response.getContent(), action);
				if (response.getHeaders() != null) {
					response.getHeaders().values().stream().map(Header::getSchema).forEach(s -> visit(s, action));
				}
			}
		}
	}

	private static void visit(Content content, Consumer<Schema> action) {
		if (content != null) {
			content.values().forEach(media -> visit(media.getSchema(), action));
		}
	}

	private static void visit(Schema<?> schema, Consumer<Schema> action) {
		if (schema == null) {
			return;
		}
		action.accept(schema);
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(s -> visit(s, action));
		}
		visit(schema.getItems(), action);
		visit(schema.getNot(), action);
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			visit(additional, action);
		}
		for (List<Schema> parts : new List[] { schema.getAllOf(), schema.getAnyOf(), schema.getOneOf() }) {
			if (parts != null) {
				parts.forEach(s -> visit(s, action));
			}
		}
	}
}
