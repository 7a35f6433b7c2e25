package id.canting.programme.catalogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.ProgrammeRules;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.catalogue.ReimbursementRates;
import id.canting.registry.SizeClass;
import id.canting.shared.FieldViolation;

/**
 * The field rules of a reimbursement rate table, part of {@link ProgrammeRules}: a machine
 * restructuring programme needs one, no other type may have one; each rate is more than 0 and at
 * most 100 percent with at most two decimals; one line per origin and size class; the maximum is not
 * below the minimum. Lines are named by their position as given, e.g. {@code rates[1].ratePercent}.
 */
public final class RateTableRules {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RateTableRules() {
	}

	/** The rate table, or null when the programme has none; adds every broken rule to {@code v}. */
	public static ReimbursementRates check(ProgrammeType type, ReimbursementInput input, List<FieldViolation> v) {
		boolean given = input != null && !input.isEmpty();
		if (type == null) {
			return null; // the type is missing or unknown, which ProgrammeRules reports already
		}
		if (type != ProgrammeType.MACHINE_RESTRUCTURING) {
			if (given) {
				v.add(FieldViolation.of("rates", "programme.validation.rates.only-machine"));
			}
			return null;
		}
		int before = v.size();
		List<RateLine> lines = lines(input == null || input.rates() == null ? List.of() : input.rates(), v);
		if (lines.isEmpty() && v.size() == before) {
			v.add(FieldViolation.of("rates", "programme.validation.rates.required"));
		}
		Long minimum = input == null ? null : input.minimumIdr();
		Long maximum = input == null ? null : input.maximumIdr();
		positive("minimumIdr", minimum, v);
		positive("maximumIdr", maximum, v);
		if (minimum != null && maximum != null && minimum > 0 && maximum > 0 && maximum < minimum) {
			v.add(FieldViolation.of("maximumIdr", "programme.validation.rates.max-below-min", minimum));
		}
		return v.size() == before ? new ReimbursementRates(lines, minimum, maximum) : null;
	}

	private static List<RateLine> lines(List<ReimbursementInput.Rate> rates, List<FieldViolation> v) {
		List<RateLine> lines = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < rates.size(); i++) {
			ReimbursementInput.Rate rate = rates.get(i);
			if (rate == null || rate.isBlank()) {
				continue; // an empty row of the form
			}
			String field = "rates[" + i + "].";
			MachineOrigin origin = ProgrammeRules.oneOf(field + "origin", rate.origin(), MachineOrigin.class, true, v);
			SizeClass sizeClass = ProgrammeRules.oneOf(field + "sizeClass", rate.sizeClass(), SizeClass.class, false, v);
			boolean sizeRead = sizeClass != null || rate.sizeClass() == null || rate.sizeClass().isBlank();
			BigDecimal percent = percent(field + "ratePercent", rate.ratePercent(), v);
			if (origin == null || !sizeRead) {
				continue;
			}
			if (seen.putIfAbsent(origin + "/" + sizeClass, i) != null) {
				v.add(sizeClass == null
						? FieldViolation.of(field + "sizeClass", "programme.validation.rates.duplicate-any", origin.name())
						: FieldViolation.of(field + "sizeClass", "programme.validation.rates.duplicate", origin.name(),
								sizeClass.name()));
			}
			else if (percent != null) {
				lines.add(new RateLine(origin, sizeClass, percent));
			}
		}
		return lines;
	}

	private static BigDecimal percent(String field, BigDecimal value, List<FieldViolation> v) {
		if (value == null) {
			v.add(FieldViolation.of(field, "validation.required"));
			return null;
		}
		if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
			v.add(FieldViolation.of(field, "programme.validation.rates.percent"));
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			v.add(FieldViolation.of(field, "validation.decimals", 2));
			return null;
		}
		return value;
	}

	private static void positive(String field, Long value, List<FieldViolation> v) {
		if (value != null && value <= 0) {
			v.add(FieldViolation.of(field, "programme.validation.positive"));
		}
	}
}
