package id.canting.registry;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.canting.registry.internal.FieldChecks;

/**
 * The field rules for an IKM, the one rule set used by forms, the API and imports. Rules that need
 * other records (the regency exists, the sentra lies in the same regency, the NIB is not taken) are
 * checked by {@link IkmManagement} after these.
 */
public final class IkmRules {

	/** NIB from OSS: exactly 13 digits. */
	static final Pattern NIB = Pattern.compile("\\d{13}");
	static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{5,18}");
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	/** Words people type for printed "batik motif", which SNI 0239 does not count as batik. */
	static final Set<String> PRINTING = Set.of("PRINTING", "PRINT", "CETAK", "SABLON", "PRINTED");
	public static final int MAX_WORKERS = 100_000;
	static final int MAX_CAPACITY = 10_000_000;

	private IkmRules() {
	}

	/**
	 * Reads an IKM input, or refuses it listing every broken rule.
	 *
	 * @throws id.canting.shared.InvalidInputException naming each field and rule
	 */
	public static IkmDetails check(IkmInput input) {
		FieldChecks checks = new FieldChecks();
		String nib = checks.text("nib", input.nib(), 13, false);
		if (nib != null && !NIB.matcher(nib).matches()) {
			checks.add("nib", "validation.nib");
		}
		String name = checks.text("name", input.name(), 150, true);
		String ownerName = checks.text("ownerName", input.ownerName(), 120, true);
		Gender gender = checks.oneOf("ownerGender", input.ownerGender(), Gender.class, true);
		String address = checks.text("address", input.address(), 300, false);
		String regencyCode = checks.regencyCode("regencyCode", input.regencyCode());
		IkmKind kind = checks.oneOf("kind", input.kind(), IkmKind.class, true);
		Set<Technique> techniques = techniques(checks, input.techniques());
		Set<ProductCategory> categories = checks.setOf("categories", input.categories(), ProductCategory.class, true);
		Set<Dye> dyes = checks.setOf("dyes", input.dyes(), Dye.class, false);
		Integer male = checks.count("workersMale", input.workersMale(), MAX_WORKERS, true);
		Integer female = checks.count("workersFemale", input.workersFemale(), MAX_WORKERS, true);
		Integer capacity = checks.count("capacityPerMonth", input.capacityPerMonth(), MAX_CAPACITY, false);
		Long investment = input.investmentIdr();
		if (investment == null) {
			checks.add("investmentIdr", "validation.required");
		}
		else if (investment < 0) {
			checks.add("investmentIdr", "validation.not-negative");
		}
		else if (male != null && female != null && SizeClass.isLargeIndustry(male + female, investment)) {
			checks.add("investmentIdr", "validation.large-industry");
		}
		Integer yearFounded = checks.year("yearFounded", input.yearFounded());
		String phone = checks.text("phone", input.phone(), 20, false);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			checks.add("phone", "validation.phone");
		}
		String email = checks.text("email", input.email(), 120, false);
		if (email != null && !EMAIL.matcher(email).matches()) {
			checks.add("email", "validation.email");
		}
		checks.throwIfAny();
		return new IkmDetails(nib, name, ownerName, gender, address, regencyCode, input.sentraId(), kind, techniques,
				categories, dyes, male, female, capacity, investment, yearFounded, phone, email);
	}

	private static Set<Technique> techniques(FieldChecks checks, List<String> values) {
		if (values != null && values.stream()
			.anyMatch(v -> v != null && PRINTING.contains(v.strip().toUpperCase(Locale.ROOT)))) {
			checks.add("techniques", "validation.technique.printing");
			return Set.of();
		}
		return checks.setOf("techniques", values, Technique.class, true);
	}
}
