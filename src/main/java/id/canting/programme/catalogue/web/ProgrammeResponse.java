package id.canting.programme.catalogue.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeDetails;
import id.canting.programme.catalogue.internal.EligibilityRules;
import id.canting.programme.catalogue.internal.ReadinessRule;
import id.canting.programme.catalogue.internal.ReadinessRuleInput;

/**
 * A programme as the API and pages show it; {@code open} says whether its call takes applications
 * today; {@code reimbursement} is the rate table of a machine-restructuring programme (null otherwise).
 */
public record ProgrammeResponse(String code, String name, String type, int year, long budgetIdr, int quota,
		LocalDate opensOn, LocalDate closesOn, String target, String organiser, String description, String status,
		boolean open, RulesBody eligibility, ReimbursementBody reimbursement, int version) {

	public static ProgrammeResponse of(Programme programme, LocalDate today) {
		ProgrammeDetails d = programme.details();
		return new ProgrammeResponse(d.code(), d.name(), d.type().name(), d.year(), d.budgetIdr(), d.quota(),
				d.opensOn(), d.closesOn(), d.target().name(), d.organiser(), d.description(),
				programme.status().name(), programme.isOpenOn(today), RulesBody.of(d.rules()),
				ReimbursementBody.of(d.reimbursement()), programme.version());
	}

	/**
	 * The eligibility rules as data: empty lists and nulls are rules the programme does not set.
	 * {@code readiness} lists the rules on the IKM's latest verified Industry 4.0 readiness.
	 */
	record RulesBody(List<String> provinces, List<String> techniques, List<String> kinds, List<String> sizeClasses,
			Boolean nibRequired, Boolean sentraMemberRequired, Integer minActiveSentraMembers,
			Integer noBenefitWithinYears, List<ReadinessRuleBody> readiness) {

		static RulesBody of(EligibilityRules r) {
			return new RulesBody(List.copyOf(r.provinces()), names(r.techniques()), names(r.kinds()),
					names(r.sizeClasses()), r.nibRequired(), r.sentraMemberRequired(), r.minActiveSentraMembers(),
					r.noBenefitWithinYears(), r.readiness().stream().map(ReadinessRuleBody::of).toList());
		}

		List<ReadinessRuleInput> readinessInput() {
			return readiness == null ? List.of()
					: readiness.stream().map(b -> b == null ? null : b.toInput()).toList();
		}

		private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
			return values.stream().map(Enum::name).toList();
		}
	}

	/**
	 * A readiness rule: the IKM's latest verified overall index or a pillar's score is below, or at
	 * least, a value.
	 *
	 * @param subject OVERALL, MANAGEMENT_AND_ORGANISATION, PEOPLE_AND_CULTURE, PRODUCTS_AND_SERVICES, TECHNOLOGY or FACTORY_OPERATIONS
	 * @param comparison BELOW or AT_LEAST
	 * @param value 0.00–4.00, at most two decimals
	 */
	record ReadinessRuleBody(String subject, String comparison, BigDecimal value) {

		static ReadinessRuleBody of(ReadinessRule rule) {
			return new ReadinessRuleBody(rule.subject().name(), rule.comparison().name(), rule.threshold());
		}

		ReadinessRuleInput toInput() {
			return new ReadinessRuleInput(subject, comparison, value);
		}
	}
}
