package id.canting.registry.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Collects broken field rules while an input is read, so that a user sees every problem at once
 * rather than one per try. Message keys are shared by all registry rules.
 */
public final class FieldChecks {

	static final int EARLIEST_YEAR = 1800;
	private static final Pattern REGENCY_CODE = Pattern.compile("\\d{2}\\.\\d{2}");

	private final List<FieldViolation> violations = new ArrayList<>();

	/** Trimmed text, {@code null} when blank; checks the column's length and presence. */
	public String text(String field, String value, int maxLength, boolean required) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null) {
			if (required) {
				violations.add(FieldViolation.of(field, "validation.required"));
			}
			return null;
		}
		if (text.length() > maxLength) {
			violations.add(FieldViolation.of(field, "validation.too-long", maxLength, text.length()));
		}
		return text;
	}

	public Integer count(String field, Integer value, int max, boolean required) {
		if (value == null) {
			if (required) {
				violations.add(FieldViolation.of(field, "validation.required"));
			}
			return null;
		}
		if (value < 0) {
			violations.add(FieldViolation.of(field, "validation.not-negative"));
		}
		else if (value > max) {
			violations.add(FieldViolation.of(field, "validation.max", max));
		}
		return value;
	}

	public Integer year(String field, Integer value) {
		int thisYear = Year.now().getValue();
		if (value != null && (value < EARLIEST_YEAR || value > thisYear)) {
			violations.add(FieldViolation.of(field, "validation.year", EARLIEST_YEAR, thisYear));
		}
		return value;
	}

	public String regencyCode(String field, String value) {
		String code = text(field, value, 5, true);
		if (code != null && !REGENCY_CODE.matcher(code).matches()) {
			violations.add(FieldViolation.of(field, "validation.regency-code"));
			return null;
		}
		return code;
	}

	public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(FieldViolation.of(field, "validation.required"));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(FieldViolation.of(field, "validation.one-of", allowed(type)));
			return null;
		}
	}

	public <E extends Enum<E>> Set<E> setOf(String field, List<String> values, Class<E> type, boolean required) {
		Set<E> result = EnumSet.noneOf(type);
		if (values != null) {
			for (String value : values) {
				if (value != null && !value.isBlank()) {
					E element = oneOf(field, value, type, false);
					if (element != null) {
						result.add(element);
					}
				}
			}
		}
		if (required && result.isEmpty() && violationsOn(field) == 0) {
			violations.add(FieldViolation.of(field, "validation.at-least-one", allowed(type)));
		}
		return result;
	}

	public void add(String field, String messageKey, Object... arguments) {
		violations.add(FieldViolation.of(field, messageKey, arguments));
	}

	public long violationsOn(String field) {
		return violations.stream().filter(v -> v.field().equals(field)).count();
	}

	/** Throws with every violation collected, if any. */
	public void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static <E extends Enum<E>> String allowed(Class<E> type) {
		return String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList());
	}
}
