package id.canting.programme.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.canting.programme.catalogue.internal.EligibilityRules;
import id.canting.programme.catalogue.internal.RateTableRules;
import id.canting.programme.catalogue.internal.ReadinessRuleRules;
import id.canting.registry.IkmKind;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;
import id.canting.shared.DateFields;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The field rules of a programme, shared by the API and the admin form: pure functions of the input,
 * no database (whether a province code exists is checked by {@link ProgrammeManagement}). Every
 * broken rule is reported with its field and message key.
 */
public final class ProgrammeRules {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_\\-]*");
	static final Pattern PROVINCE = Pattern.compile("\\d{2}");
	public static final int EARLIEST_YEAR = 2000;
	public static final int LATEST_YEAR = 2100;
	static final int MAX_SENTRA_MEMBERS = 1000;
	static final int MAX_BENEFIT_YEARS = 20;

	private ProgrammeRules() {
	}

	/**
	 * Reads a programme, or refuses it listing every broken rule.
	 *
	 * @throws InvalidInputException naming each field and rule
	 */
	public static ProgrammeDetails check(ProgrammeInput input) {
		List<FieldViolation> v = new ArrayList<>();
		String code = text("code", input.code(), 40, v);
		if (code != null) {
			code = code.toUpperCase(Locale.ROOT);
			if (!CODE.matcher(code).matches()) {
				v.add(FieldViolation.of("code", "programme.validation.code"));
			}
		}
		String name = text("name", input.name(), 200, v);
		ProgrammeType type = oneOf("type", input.type(), ProgrammeType.class, true, v);
		Integer year = input.year();
		if (year == null) {
			v.add(FieldViolation.of("year", "validation.required"));
		}
		else if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
			v.add(FieldViolation.of("year", "validation.year", EARLIEST_YEAR, LATEST_YEAR));
		}
		Long budget = input.budgetIdr();
		if (budget == null) {
			v.add(FieldViolation.of("budgetIdr", "validation.required"));
		}
		else if (budget <= 0) {
			v.add(FieldViolation.of("budgetIdr", "programme.validation.positive"));
		}
		Integer quota = input.quota();
		if (quota == null) {
			v.add(FieldViolation.of("quota", "validation.required"));
		}
		else if (quota <= 0) {
			v.add(FieldViolation.of("quota", "programme.validation.positive"));
		}
		LocalDate opensOn = DateFields.parse("opensOn", input.opensOn(), true, v);
		LocalDate closesOn = DateFields.parse("closesOn", input.closesOn(), true, v);
		if (opensOn != null && closesOn != null && !closesOn.isAfter(opensOn)) {
			v.add(FieldViolation.of("closesOn", "programme.validation.window", opensOn.toString()));
		}
		ProgrammeTarget target = oneOf("target", input.target(), ProgrammeTarget.class, true, v);
		String organiser = text("organiser", input.organiser(), 200, v);
		String description = text("description", input.description(), 4000, v);
		EligibilityRules rules = rules(input, v)
			.withReadiness(ReadinessRuleRules.check(target, input.readiness(), v));
		ReimbursementRates reimbursement = RateTableRules.check(type, input.reimbursement(), v);
		throwIfAny(v);
		return new ProgrammeDetails(code, name, type, year, budget, quota, opensOn, closesOn, target, organiser,
				description, rules, reimbursement);
	}

	/** The eligibility rules, adding every broken rule to {@code v}. */
	private static EligibilityRules rules(ProgrammeInput input, List<FieldViolation> v) {
		Set<String> provinces = new TreeSet<>();
		for (String raw : nonBlank(input.provinces())) {
			if (PROVINCE.matcher(raw).matches()) {
				provinces.add(raw);
			}
			else {
				v.add(FieldViolation.of("provinces", "programme.validation.province", raw));
			}
		}
		Set<Technique> techniques = oneOfEach("techniques", input.techniques(), Technique.class, v);
		Set<IkmKind> kinds = oneOfEach("kinds", input.kinds(), IkmKind.class, v);
		Set<SizeClass> sizeClasses = oneOfEach("sizeClasses", input.sizeClasses(), SizeClass.class, v);
		range("minActiveSentraMembers", input.minActiveSentraMembers(), MAX_SENTRA_MEMBERS, v);
		range("noBenefitWithinYears", input.noBenefitWithinYears(), MAX_BENEFIT_YEARS, v);
		return new EligibilityRules(new TreeSet<>(provinces), new TreeSet<>(techniques), new TreeSet<>(kinds),
				new TreeSet<>(sizeClasses), Boolean.TRUE.equals(input.nibRequired()),
				Boolean.TRUE.equals(input.sentraMemberRequired()), input.minActiveSentraMembers(),
				input.noBenefitWithinYears());
	}

	private static void range(String field, Integer value, int max, List<FieldViolation> v) {
		if (value != null && (value < 1 || value > max)) {
			v.add(FieldViolation.of(field, "programme.validation.range", 1, max));
		}
	}

	private static <E extends Enum<E>> Set<E> oneOfEach(String field, List<String> values, Class<E> type,
			List<FieldViolation> v) {
		Set<E> found = new TreeSet<>();
		for (String raw : nonBlank(values)) {
			E value = oneOf(field, raw, type, false, v);
			if (value != null) {
				found.add(value);
			}
		}
		return found;
	}

	public static <E extends Enum<E>> E oneOf(String field, String raw, Class<E> type, boolean required,
			List<FieldViolation> v) {
		if (raw == null || raw.isBlank()) {
			if (required) {
				v.add(FieldViolation.of(field, "validation.required"));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			v.add(FieldViolation.of(field, "validation.one-of",
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
	}

	private static List<String> nonBlank(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
	}

	public static String text(String field, String value, int maxLength, List<FieldViolation> v) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
		else if (text.length() > maxLength) {
			v.add(FieldViolation.of(field, "validation.too-long", maxLength, text.length()));
		}
		return text;
	}

	public static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
