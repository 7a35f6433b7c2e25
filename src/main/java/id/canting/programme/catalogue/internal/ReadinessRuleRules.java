package id.canting.programme.catalogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.canting.programme.catalogue.ProgrammeRules;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.readiness.ReadinessLevel;
import id.canting.shared.FieldViolation;

/**
 * The field rules of a programme's readiness rules: a known subject and comparison, a value from 0
 * to 4 with at most two decimals, one rule per subject and comparison, and only for programmes whose
 * applicants are IKM (a sentra has no readiness of its own). Rules are named by their position as
 * given, e.g. {@code readiness[1].value}.
 */
public final class ReadinessRuleRules {

	static final BigDecimal LOWEST = BigDecimal.valueOf(ReadinessLevel.LOWEST);
	static final BigDecimal HIGHEST = BigDecimal.valueOf(ReadinessLevel.HIGHEST);

	private ReadinessRuleRules() {
	}

	/** The readiness rules as given (empty rows skipped), adding every broken rule to {@code v}. */
	public static List<ReadinessRule> check(ProgrammeTarget target, List<ReadinessRuleInput> input,
			List<FieldViolation> v) {
		List<ReadinessRule> rules = new ArrayList<>();
		if (input == null) {
			return rules;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < input.size(); i++) {
			ReadinessRuleInput row = input.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String field = "readiness[" + i + "].";
			if (target == ProgrammeTarget.SENTRA) {
				v.add(FieldViolation.of(field + "subject", "programme.validation.readiness.ikm-only"));
				continue;
			}
			ReadinessRule.Subject subject = ProgrammeRules.oneOf(field + "subject", row.subject(),
					ReadinessRule.Subject.class, true, v);
			ReadinessRule.Comparison comparison = ProgrammeRules.oneOf(field + "comparison", row.comparison(),
					ReadinessRule.Comparison.class, true, v);
			BigDecimal value = value(field + "value", row.value(), v);
			if (subject == null || comparison == null || value == null) {
				continue;
			}
			if (!seen.add(subject + "/" + comparison)) {
				v.add(FieldViolation.of(field + "subject", "programme.validation.readiness.duplicate"));
				continue;
			}
			rules.add(new ReadinessRule(subject, comparison, value));
		}
		return rules;
	}

	private static BigDecimal value(String field, BigDecimal value, List<FieldViolation> v) {
		if (value == null) {
			v.add(FieldViolation.of(field, "validation.required"));
			return null;
		}
		BigDecimal plain = value.stripTrailingZeros();
		if (value.compareTo(LOWEST) < 0 || value.compareTo(HIGHEST) > 0 || plain.scale() > 2) {
			v.add(FieldViolation.of(field, "programme.validation.readiness.value", value.toPlainString()));
			return null;
		}
		return value.setScale(2);
	}
}
