package id.canting.programme.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.canting.programme.catalogue.internal.EligibilityRules;
import id.canting.shared.FieldChange;

/**
 * A programme as {@link ProgrammeRules} accepted it; {@code reimbursement} is the rate table of a
 * machine-restructuring programme, null for every other type.
 */
public record ProgrammeDetails(String code, String name, ProgrammeType type, int year, long budgetIdr, int quota,
		LocalDate opensOn, LocalDate closesOn, ProgrammeTarget target, String organiser, String description,
		EligibilityRules rules, ReimbursementRates reimbursement) {

	/** A programme without a rate table (every type but machine restructuring). */
	public ProgrammeDetails(String code, String name, ProgrammeType type, int year, long budgetIdr, int quota,
			LocalDate opensOn, LocalDate closesOn, ProgrammeTarget target, String organiser, String description,
			EligibilityRules rules) {
		this(code, name, type, year, budgetIdr, quota, opensOn, closesOn, target, organiser, description, rules, null);
	}

	List<FieldChange> changesFrom(ProgrammeDetails before) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "name", before.name, name);
		FieldChange.addIfChanged(changes, "type", before.type, type);
		FieldChange.addIfChanged(changes, "year", before.year, year);
		FieldChange.addIfChanged(changes, "budgetIdr", before.budgetIdr, budgetIdr);
		FieldChange.addIfChanged(changes, "quota", before.quota, quota);
		FieldChange.addIfChanged(changes, "opensOn", before.opensOn, opensOn);
		FieldChange.addIfChanged(changes, "closesOn", before.closesOn, closesOn);
		FieldChange.addIfChanged(changes, "target", before.target, target);
		FieldChange.addIfChanged(changes, "organiser", before.organiser, organiser);
		FieldChange.addIfChanged(changes, "description", before.description, description);
		EligibilityRules was = before.rules;
		FieldChange.addIfChanged(changes, "provinces", EligibilityRules.joined(was.provinces()),
				EligibilityRules.joined(rules.provinces()));
		FieldChange.addIfChanged(changes, "techniques", EligibilityRules.joined(was.techniques()),
				EligibilityRules.joined(rules.techniques()));
		FieldChange.addIfChanged(changes, "kinds", EligibilityRules.joined(was.kinds()),
				EligibilityRules.joined(rules.kinds()));
		FieldChange.addIfChanged(changes, "sizeClasses", EligibilityRules.joined(was.sizeClasses()),
				EligibilityRules.joined(rules.sizeClasses()));
		FieldChange.addIfChanged(changes, "nibRequired", was.nibRequired(), rules.nibRequired());
		FieldChange.addIfChanged(changes, "sentraMemberRequired", was.sentraMemberRequired(),
				rules.sentraMemberRequired());
		FieldChange.addIfChanged(changes, "minActiveSentraMembers", was.minActiveSentraMembers(),
				rules.minActiveSentraMembers());
		FieldChange.addIfChanged(changes, "noBenefitWithinYears", was.noBenefitWithinYears(),
				rules.noBenefitWithinYears());
		FieldChange.addIfChanged(changes, "readiness", was.describeReadiness(), rules.describeReadiness());
		ReimbursementRates from = before.reimbursement;
		ReimbursementRates to = reimbursement;
		FieldChange.addIfChanged(changes, "rates", from == null ? null : from.describeRates(),
				to == null ? null : to.describeRates());
		FieldChange.addIfChanged(changes, "minimumIdr", from == null ? null : from.minimumIdr(),
				to == null ? null : to.minimumIdr());
		FieldChange.addIfChanged(changes, "maximumIdr", from == null ? null : from.maximumIdr(),
				to == null ? null : to.maximumIdr());
		return changes;
	}
}
