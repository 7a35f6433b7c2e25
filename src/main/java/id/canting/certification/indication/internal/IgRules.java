package id.canting.certification.indication.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The field rules of a geographical indication's details: name, product and applicant required and
 * not too long; at least one regency, each a known Kemendagri regency code, none twice; each section
 * of the description within its length; a registration number of a plain form.
 */
public final class IgRules {

	static final int NAME_MAX = 200;
	static final int SECTION_MAX = 4000;
	static final int NUMBER_MAX = 40;

	private IgRules() {
	}

	/** Every broken rule of the input; {@code knownRegency} says whether a code is a regency. */
	public static List<FieldViolation> violations(IgInput input, Predicate<String> knownRegency) {
		List<FieldViolation> v = new ArrayList<>();
		text(v, "name", input.name(), NAME_MAX);
		text(v, "product", input.product(), NAME_MAX);
		text(v, "applicant", input.applicant(), NAME_MAX);
		if (input.regencies().isEmpty()) {
			v.add(FieldViolation.of("regencies", "ig.validation.regencies"));
		}
		else {
			for (String code : input.regencies()) {
				if (code == null || !knownRegency.test(code)) {
					v.add(FieldViolation.of("regencies", "ig.validation.regency-unknown", String.valueOf(code)));
				}
			}
			if (new HashSet<>(input.regencies()).size() != input.regencies().size()) {
				v.add(FieldViolation.of("regencies", "ig.validation.regency-twice"));
			}
		}
		IgDescription d = input.description();
		section(v, "characteristics", d.characteristics());
		section(v, "geographicFactors", d.geographicFactors());
		section(v, "areaBoundaries", d.areaBoundaries());
		section(v, "historyTradition", d.historyTradition());
		section(v, "productionProcess", d.productionProcess());
		section(v, "qualityTesting", d.qualityTesting());
		section(v, "labelDescription", d.labelDescription());
		String number = input.registrationNumber();
		if (number != null && !number.isBlank() && !number.strip().matches("[A-Za-z0-9./ -]{1," + NUMBER_MAX + "}")) {
			v.add(FieldViolation.of("registrationNumber", "ig.validation.registration-number", NUMBER_MAX));
		}
		return v;
	}

	/** Throws {@link InvalidInputException} naming each broken rule. */
	public static void check(IgInput input, Predicate<String> knownRegency) {
		List<FieldViolation> v = violations(input, knownRegency);
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
	}

	/** The name in lower-case ASCII words joined by hyphens, e.g. batik-tulis-nitik-yogyakarta. */
	public static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.length() > 120 ? slug.substring(0, 120) : slug;
	}

	private static void text(List<FieldViolation> v, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
		else if (value.strip().length() > max) {
			v.add(FieldViolation.of(field, "validation.too-long", max, value.strip().length()));
		}
	}

	private static void section(List<FieldViolation> v, String field, String value) {
		if (value != null && value.length() > SECTION_MAX) {
			v.add(FieldViolation.of(field, "validation.too-long", SECTION_MAX, value.length()));
		}
	}
}
