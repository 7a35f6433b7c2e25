package id.canting.programme.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.canting.shared.FieldViolation;

/**
 * Reads an amount of rupiah as people type it on a form: {@code 25000000}, Indonesian
 * {@code 25.000.000} or {@code Rp25.000.000,00}, or English {@code 25,000,000}. Rupiah amounts are
 * whole, so a decimal part may only be zeros. Anything else is not an amount.
 */
public final class RupiahInput {

	private static final Pattern PLAIN = Pattern.compile("\\d{1,16}");
	private static final Pattern INDONESIAN = Pattern.compile("\\d{1,3}(\\.\\d{3}){1,5}(,0{1,2})?");
	private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(,\\d{3}){1,5}(\\.0{1,2})?");

	private RupiahInput() {
	}

	/**
	 * The amount, or null when nothing was typed; text that is not an amount adds a violation naming
	 * the field, and gives null.
	 */
	public static Long parse(String field, String typed, List<FieldViolation> violations) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String value = typed.strip().toUpperCase(Locale.ROOT).replaceFirst("^(RP\\.?|IDR)", "").replace(" ", "")
			.replace("\u00a0", "");
		if (PLAIN.matcher(value).matches()) {
			return Long.parseLong(value);
		}
		if (INDONESIAN.matcher(value).matches()) {
			return Long.parseLong(value.replaceFirst(",0+$", "").replace(".", ""));
		}
		if (ENGLISH.matcher(value).matches()) {
			return Long.parseLong(value.replaceFirst("\\.0+$", "").replace(",", ""));
		}
		violations.add(FieldViolation.of(field, "programme.application.validation.amount", typed.strip()));
		return null;
	}
}
