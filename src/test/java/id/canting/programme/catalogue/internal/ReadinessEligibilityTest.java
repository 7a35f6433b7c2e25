package id.canting.programme.catalogue.internal;

import static id.canting.programme.catalogue.internal.EligibilityTest.IKM;
import static id.canting.programme.catalogue.internal.EligibilityTest.SENTRA;
import static id.canting.programme.catalogue.internal.EligibilityTest.programme;
import static id.canting.programme.catalogue.internal.EligibilityTest.rulesFailed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.canting.programme.catalogue.EligibilityReason;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.programme.catalogue.internal.ReadinessRule.Comparison;
import id.canting.programme.catalogue.internal.ReadinessRule.Subject;
import id.canting.readiness.AssessmentId;
import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessResult;
import id.canting.registry.IkmId;

/**
 * The readiness rules of a programme against an IKM's latest verified result: below and at least,
 * on the overall index and on a pillar, at the boundary, and an IKM without a verified result.
 */
class ReadinessEligibilityTest {

	/** Overall 1.80 (level 1); technology 1.00, factory operations 0.75. */
	static final ReadinessResult RESULT = new ReadinessResult(new AssessmentId(1), new IkmId(9), 2024, 1,
			Map.of(Pillar.MANAGEMENT_AND_ORGANISATION, new BigDecimal("2.50"), Pillar.PEOPLE_AND_CULTURE,
					new BigDecimal("2.00"), Pillar.PRODUCTS_AND_SERVICES, new BigDecimal("2.75"), Pillar.TECHNOLOGY,
					new BigDecimal("1.00"), Pillar.FACTORY_OPERATIONS, new BigDecimal("0.75")),
			new BigDecimal("1.80"), Instant.parse("2024-08-01T03:00:00Z"));

	@Test
	void anIkmBelowTheOverallIndexAndAtTheTechnologyThresholdIsEligible() {
		// 1.80 < 2.00; technology 1.00 ≥ 1.00 (the boundary meets "at least")
		var rules = readiness(rule(Subject.OVERALL, Comparison.BELOW, "2.00"),
				rule(Subject.TECHNOLOGY, Comparison.AT_LEAST, "1.00"));
		assertThat(Eligibility.check(programme(ProgrammeTarget.IKM, rules), IKM.withReadiness(RESULT))).isEmpty();
	}

	@Test
	void anIndexAtTheThresholdIsNotBelowIt() {
		var reasons = Eligibility.check(programme(ProgrammeTarget.IKM, readiness(rule(Subject.OVERALL, Comparison.BELOW,
				"1.80"))), IKM.withReadiness(RESULT));

		assertThat(reasons).extracting(EligibilityReason::rule).containsExactly("readinessBelow");
		assertThat(reasons.get(0).messageKey()).isEqualTo("programme.eligibility.readinessBelow");
		assertThat(reasons.get(0).arguments()).containsExactly(Subject.OVERALL, new BigDecimal("1.80"),
				new BigDecimal("1.80"), 2024);
	}

	@Test
	void aPillarUnderTheMinimumFailsWithItsScore() {
		var reasons = Eligibility.check(programme(ProgrammeTarget.IKM, readiness(rule(Subject.FACTORY_OPERATIONS,
				Comparison.AT_LEAST, "1.00"), rule(Subject.MANAGEMENT_AND_ORGANISATION, Comparison.AT_LEAST, "2.50"))),
				IKM.withReadiness(RESULT));

		// factory operations 0.75 < 1.00 fails; management 2.50 ≥ 2.50 passes
		assertThat(reasons).extracting(EligibilityReason::rule).containsExactly("readinessAtLeast");
		assertThat(reasons.get(0).arguments()).containsExactly(Subject.FACTORY_OPERATIONS, new BigDecimal("1.00"),
				new BigDecimal("0.75"), 2024);
	}

	@Test
	void anIkmWithoutAVerifiedResultFailsTheReadinessRulesWithOneReason() {
		var rules = readiness(rule(Subject.OVERALL, Comparison.BELOW, "2.00"),
				rule(Subject.TECHNOLOGY, Comparison.AT_LEAST, "1.00"));
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM, rules), IKM)).containsExactly("readinessMissing");
	}

	@Test
	void withoutReadinessRulesTheResultIsNotLookedAt() {
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM, EligibilityRules.NONE), IKM)).isEmpty();
	}

	@Test
	void readinessRulesDoNotApplyToASentra() {
		var rules = readiness(rule(Subject.OVERALL, Comparison.BELOW, "2.00"));
		assertThat(rulesFailed(programme(ProgrammeTarget.SENTRA, rules), SENTRA)).isEmpty();
	}

	@Test
	void otherFailuresAreListedWithTheReadinessOnes() {
		ApplicantFacts elsewhere = new ApplicantFacts(ProgrammeTarget.IKM, true, "35", IKM.techniques(), IKM.kind(),
				IKM.sizeClass(), true, 7L, 12, null, RESULT);
		var rules = EligibilityTest.rules(java.util.Set.of("33"), java.util.Set.of(), java.util.Set.of(),
				java.util.Set.of(), false, false, null, null).withReadiness(List.of(rule(Subject.OVERALL, Comparison.AT_LEAST, "2.00")));
		assertThat(rulesFailed(programme(ProgrammeTarget.IKM, rules), elsewhere)).containsExactly("province",
				"readinessAtLeast");
	}

	static EligibilityRules readiness(ReadinessRule... rules) {
		return EligibilityRules.NONE.withReadiness(List.of(rules));
	}

	static ReadinessRule rule(Subject subject, Comparison comparison, String value) {
		return new ReadinessRule(subject, comparison, new BigDecimal(value));
	}
}
