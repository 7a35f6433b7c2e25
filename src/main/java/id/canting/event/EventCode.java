package id.canting.event;

import java.util.Locale;
import java.util.regex.Pattern;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * What people, links and the API call an event: upper-case letters, digits and '-', 3–20
 * characters, e.g. {@code HBN-2024}. Fixed once the event is created.
 */
public record EventCode(String value) {

	/** The form a code must have (after {@link #of(String)} upper-cased it). */
	public static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{3,20}");

	/** @throws InvalidInputException (field {@code code}) when the value is not a well-formed code */
	public EventCode {
		if (!isValid(value)) {
			throw new InvalidInputException(
					java.util.List.of(FieldViolation.of("code", "event.validation.code", String.valueOf(value))));
		}
	}

	/** The code typed by a person: surrounding spaces removed, upper-cased, then checked. */
	public static EventCode of(String typed) {
		return new EventCode(typed == null ? null : typed.strip().toUpperCase(Locale.ROOT));
	}

	/** Whether {@code value} is a well-formed code as it stands (no upper-casing). */
	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
