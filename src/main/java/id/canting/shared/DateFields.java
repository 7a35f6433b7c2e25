package id.canting.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The one rule for a date typed into a field (as a browser's date field or a client sends it,
 * {@code 2024-10-02}), so every module names a bad date the same way.
 */
public final class DateFields {

	private DateFields() {
	}

	/**
	 * The day, or null with a violation of {@code field} added: {@code validation.required} when a
	 * required date is empty, {@code validation.date} when it cannot be read. An optional empty date
	 * is null without a violation (the step's own rule decides).
	 */
	public static LocalDate parse(String field, String raw, boolean required, List<FieldViolation> violations) {
		if (raw == null || raw.isBlank()) {
			if (required) {
				violations.add(FieldViolation.of(field, "validation.required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(FieldViolation.of(field, "validation.date", raw.strip()));
			return null;
		}
	}
}
