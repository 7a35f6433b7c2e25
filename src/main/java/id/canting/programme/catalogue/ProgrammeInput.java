package id.canting.programme.catalogue;

import java.util.List;

import id.canting.programme.catalogue.internal.ReadinessRuleInput;
import id.canting.programme.catalogue.internal.ReimbursementInput;

/**
 * A programme as given by a form or the API, before {@link ProgrammeRules} read it: codes as text,
 * dates as {@code 2024-03-01}, amounts in IDR. The reimbursement rate table is given for machine
 * restructuring programmes only, and null otherwise. The readiness rules are rows as given (empty
 * rows are skipped).
 */
public record ProgrammeInput(String code, String name, String type, Integer year, Long budgetIdr, Integer quota,
		String opensOn, String closesOn, String target, String organiser, String description, List<String> provinces,
		List<String> techniques, List<String> kinds, List<String> sizeClasses, Boolean nibRequired,
		Boolean sentraMemberRequired, Integer minActiveSentraMembers, Integer noBenefitWithinYears,
		ReimbursementInput reimbursement, List<ReadinessRuleInput> readiness) {

	/** A programme without readiness rules. */
	public ProgrammeInput(String code, String name, String type, Integer year, Long budgetIdr, Integer quota,
			String opensOn, String closesOn, String target, String organiser, String description,
			List<String> provinces, List<String> techniques, List<String> kinds, List<String> sizeClasses,
			Boolean nibRequired, Boolean sentraMemberRequired, Integer minActiveSentraMembers,
			Integer noBenefitWithinYears, ReimbursementInput reimbursement) {
		this(code, name, type, year, budgetIdr, quota, opensOn, closesOn, target, organiser, description, provinces,
				techniques, kinds, sizeClasses, nibRequired, sentraMemberRequired, minActiveSentraMembers,
				noBenefitWithinYears, reimbursement, List.of());
	}

	/** A programme without a reimbursement rate table (every type but machine restructuring). */
	public ProgrammeInput(String code, String name, String type, Integer year, Long budgetIdr, Integer quota,
			String opensOn, String closesOn, String target, String organiser, String description,
			List<String> provinces, List<String> techniques, List<String> kinds, List<String> sizeClasses,
			Boolean nibRequired, Boolean sentraMemberRequired, Integer minActiveSentraMembers,
			Integer noBenefitWithinYears) {
		this(code, name, type, year, budgetIdr, quota, opensOn, closesOn, target, organiser, description, provinces,
				techniques, kinds, sizeClasses, nibRequired, sentraMemberRequired, minActiveSentraMembers,
				noBenefitWithinYears, null);
	}

	/** The same programme with this rate table. */
	public ProgrammeInput withReimbursement(ReimbursementInput rates) {
		return new ProgrammeInput(code, name, type, year, budgetIdr, quota, opensOn, closesOn, target, organiser,
				description, provinces, techniques, kinds, sizeClasses, nibRequired, sentraMemberRequired,
				minActiveSentraMembers, noBenefitWithinYears, rates, readiness);
	}

	/** The same programme with these readiness rules. */
	public ProgrammeInput withReadiness(List<ReadinessRuleInput> rules) {
		return new ProgrammeInput(code, name, type, year, budgetIdr, quota, opensOn, closesOn, target, organiser,
				description, provinces, techniques, kinds, sizeClasses, nibRequired, sentraMemberRequired,
				minActiveSentraMembers, noBenefitWithinYears, reimbursement, rules);
	}
}
