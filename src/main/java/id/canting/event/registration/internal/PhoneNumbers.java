package id.canting.event.registration.internal;

import java.util.regex.Pattern;

/**
 * Indonesian phone numbers in one form, so that {@code 0812-3456-7890}, {@code +62 812 3456 7890} and
 * {@code 6281234567890} are the same registrant: {@code +62} and the digits after the trunk 0. The
 * registry only checks a phone's shape (its {@code IkmRules.PHONE}); registrations compare numbers,
 * so they need the one form.
 */
public final class PhoneNumbers {

	/** What people type: digits with spaces, dashes, dots or brackets, optionally a leading +. */
	private static final Pattern TYPED = Pattern.compile("\\+?[0-9 ().\\-]{6,24}");

	private PhoneNumbers() {
	}

	/** The number as {@code +62…}, or {@code null} when it is not an Indonesian number (8–13 national digits). */
	public static String normalise(String typed) {
		if (typed == null || !TYPED.matcher(typed.strip()).matches()) {
			return null;
		}
		String digits = typed.replaceAll("[^0-9]", "");
		String national;
		if (digits.startsWith("62")) {
			national = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			national = digits.substring(1);
		}
		else if (digits.startsWith("8")) {
			national = digits;
		}
		else {
			return null;
		}
		if (national.startsWith("0") || national.length() < 8 || national.length() > 13) {
			return null;
		}
		return "+62" + national;
	}
}
