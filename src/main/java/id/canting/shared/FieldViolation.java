package id.canting.shared;

import java.util.List;

/**
 * One broken rule on one field: {@code field} is the name the API and forms use, {@code messageKey}
 * names the rule in the message bundles.
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

	public static FieldViolation of(String field, String messageKey, Object... arguments) {
		return new FieldViolation(field, messageKey, List.of(arguments));
	}
}
