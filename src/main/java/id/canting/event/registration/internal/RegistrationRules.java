package id.canting.event.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The field rules of a registration, one set for the form and the API: a name, an e-mail or a phone
 * (at least one; the phone Indonesian), an age group, and consent to the statement shown.
 */
public final class RegistrationRules {

	static final int NAME = 120;
	static final int EMAIL = 254;
	static final int ORGANISATION = 200;
	static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private RegistrationRules() {
	}

	/** @throws InvalidInputException naming every broken rule */
	static RegistrantDetails check(RegistrantInput input) {
		List<FieldViolation> violations = new ArrayList<>();
		String name = text(violations, "name", input.name(), NAME, true);
		String email = text(violations, "email", input.email(), EMAIL, false);
		if (email != null) {
			email = email.toLowerCase(Locale.ROOT);
			if (!EMAIL_FORMAT.matcher(email).matches()) {
				violations.add(FieldViolation.of("email", "event.registration.validation.email"));
			}
		}
		String typedPhone = text(violations, "phone", input.phone(), 30, false);
		String phone = null;
		if (typedPhone != null) {
			phone = PhoneNumbers.normalise(typedPhone);
			if (phone == null) {
				violations.add(FieldViolation.of("phone", "event.registration.validation.phone"));
			}
		}
		if (isBlank(input.email()) && isBlank(input.phone())) {
			violations.add(FieldViolation.of("email", "event.registration.validation.contact"));
			violations.add(FieldViolation.of("phone", "event.registration.validation.contact"));
		}
		String organisation = text(violations, "organisation", input.organisation(), ORGANISATION, false);
		AgeGroup ageGroup = null;
		if (isBlank(input.ageGroup())) {
			violations.add(FieldViolation.of("ageGroup", "event.registration.validation.required"));
		}
		else {
			try {
				ageGroup = AgeGroup.valueOf(input.ageGroup().strip());
			}
			catch (IllegalArgumentException e) {
				violations.add(FieldViolation.of("ageGroup", "event.registration.validation.age-group"));
			}
		}
		if (!Boolean.TRUE.equals(input.consent())) {
			violations.add(FieldViolation.of("consent", "event.registration.validation.consent"));
		}
		String language = input.language() == null || input.language().isBlank() ? "id" : input.language().strip();
		if (!language.equals("id") && !language.equals("en")) {
			violations.add(FieldViolation.of("language", "event.registration.validation.language"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new RegistrantDetails(name, email, phone, organisation, ageGroup, ConsentStatement.VERSION, language);
	}

	private static String text(List<FieldViolation> violations, String field, String value, int max, boolean required) {
		if (isBlank(value)) {
			if (required) {
				violations.add(FieldViolation.of(field, "event.registration.validation.required"));
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			violations.add(FieldViolation.of(field, "event.registration.validation.too-long", max));
			return null;
		}
		return stripped;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
