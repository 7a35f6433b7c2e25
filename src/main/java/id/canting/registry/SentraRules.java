package id.canting.registry;

import java.util.regex.Pattern;

import id.canting.registry.internal.FieldChecks;

/** The field rules for a sentra, shared by forms, the API and imports. */
public final class SentraRules {

	/** Upper-case letters, digits, dots and dashes, e.g. {@code STR-33.75-001}. */
	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]*");
	/** A sentra needs at least this many active IKM members; fewer is shown as a warning. */
	public static final int MINIMUM_MEMBERS = 5;

	private SentraRules() {
	}

	/**
	 * Reads a sentra input, or refuses it listing every broken rule.
	 *
	 * @throws id.canting.shared.InvalidInputException naming each field and rule
	 */
	public static SentraDetails check(SentraInput input) {
		FieldChecks checks = new FieldChecks();
		String code = checks.text("code", input.code(), 20, true);
		if (code != null && !CODE.matcher(code).matches()) {
			checks.add("code", "validation.sentra-code");
		}
		String name = checks.text("name", input.name(), 150, true);
		String regencyCode = checks.regencyCode("regencyCode", input.regencyCode());
		String address = checks.text("address", input.address(), 300, false);
		Integer established = checks.year("yearEstablished", input.yearEstablished());
		Revitalisation revitalisation = checks.oneOf("revitalisation", input.revitalisation(), Revitalisation.class,
				false);
		if (revitalisation == null && checks.violationsOn("revitalisation") == 0) {
			revitalisation = Revitalisation.NONE;
		}
		Integer revitalisationYear = checks.year("revitalisationYear", input.revitalisationYear());
		if (revitalisation == Revitalisation.DONE && revitalisationYear == null) {
			checks.add("revitalisationYear", "validation.revitalisation-year.required");
		}
		if (revitalisation == Revitalisation.NONE && revitalisationYear != null) {
			checks.add("revitalisationYear", "validation.revitalisation-year.none");
		}
		String notes = checks.text("notes", input.notes(), 2000, false);
		checks.throwIfAny();
		return new SentraDetails(code, name, regencyCode, address, established, revitalisation, revitalisationYear,
				notes);
	}
}
