package id.canting.programme.catalogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import id.canting.programme.catalogue.EligibilityReason;
import id.canting.programme.catalogue.ProgrammeDetails;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.readiness.ReadinessResult;

/**
 * Whether an applicant meets a programme's eligibility rules: a pure function of the programme and
 * the applicant's facts, which lists every rule the applicant fails (not just the first), so that
 * nobody has to apply again to learn the next reason. An empty list means eligible.
 * <p>
 * Rules about an IKM (technique, kind, size class, NIB, sentra membership) do not apply to a sentra
 * applicant; a sentra is judged by province, activity, its active members and its past benefits.
 * Readiness rules look at the IKM's latest verified Industry 4.0 readiness.
 */
public final class Eligibility {

	private Eligibility() {
	}

	/** Every rule of the programme the applicant fails, in the order the programme page lists them. */
	public static List<EligibilityReason> check(ProgrammeDetails programme, ApplicantFacts facts) {
		EligibilityRules rules = programme.rules();
		List<EligibilityReason> reasons = new ArrayList<>();
		boolean ikm = facts.applicant() == ProgrammeTarget.IKM;
		if (facts.applicant() != programme.target()) {
			reasons.add(EligibilityReason.of("target", programme.target()));
		}
		if (!facts.active()) {
			reasons.add(EligibilityReason.of("active"));
		}
		if (!rules.provinces().isEmpty() && !rules.provinces().contains(facts.provinceCode())) {
			reasons.add(EligibilityReason.of("province", facts.provinceCode(), rules.provinces()));
		}
		if (ikm) {
			if (!rules.techniques().isEmpty() && Collections.disjoint(rules.techniques(), facts.techniques())) {
				reasons.add(EligibilityReason.of("technique", rules.techniques()));
			}
			if (!rules.kinds().isEmpty() && !rules.kinds().contains(facts.kind())) {
				reasons.add(EligibilityReason.of("kind", facts.kind(), rules.kinds()));
			}
			if (!rules.sizeClasses().isEmpty() && !rules.sizeClasses().contains(facts.sizeClass())) {
				reasons.add(EligibilityReason.of("sizeClass", facts.sizeClass(), rules.sizeClasses()));
			}
			if (rules.nibRequired() && !facts.hasNib()) {
				reasons.add(EligibilityReason.of("nib"));
			}
			if (rules.sentraMemberRequired() && facts.sentraId() == null) {
				reasons.add(EligibilityReason.of("sentraMember"));
			}
			readiness(rules, facts, reasons);
		}
		Integer minMembers = rules.minActiveSentraMembers();
		if (minMembers != null) {
			int members = facts.activeSentraMembers() == null ? 0 : facts.activeSentraMembers();
			if (members < minMembers) {
				reasons.add(EligibilityReason.of("sentraSize", minMembers, members));
			}
		}
		Integer years = rules.noBenefitWithinYears();
		Integer last = facts.lastBenefitYear();
		if (years != null && last != null && programme.year() - last < years) {
			reasons.add(EligibilityReason.of("pastBenefit", programme.type(), last, years));
		}
		return reasons;
	}

	/**
	 * The readiness rules: without a verified result the IKM fails them all with one reason (it has
	 * to be assessed first); with one, each rule it does not meet is a reason with its figure.
	 */
	private static void readiness(EligibilityRules rules, ApplicantFacts facts, List<EligibilityReason> reasons) {
		if (rules.readiness().isEmpty()) {
			return;
		}
		ReadinessResult result = facts.readiness();
		if (result == null) {
			reasons.add(EligibilityReason.of("readinessMissing"));
			return;
		}
		for (ReadinessRule rule : rules.readiness()) {
			BigDecimal figure = rule.figureOf(result);
			if (!rule.isMetBy(figure)) {
				String name = rule.comparison() == ReadinessRule.Comparison.BELOW ? "readinessBelow" : "readinessAtLeast";
				reasons.add(EligibilityReason.of(name, rule.subject(), rule.threshold(),
						figure == null ? BigDecimal.ZERO : figure, result.year()));
			}
		}
	}
}
