package id.canting.programme.catalogue;

import static id.canting.readiness.internal.statistics.ReadinessRows.anAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.programme.catalogue.internal.PastBeneficiaries;
import id.canting.programme.catalogue.internal.ReadinessRuleInput;
import id.canting.readiness.ReadinessResults;
import id.canting.registry.Ikm;
import id.canting.registry.IkmInput;
import id.canting.registry.IkmManagement;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraQueries;
import id.canting.shared.Actor;

/**
 * {@link ProgrammeEligibility} with readiness rules, end to end through the registry and the readiness
 * tables, its results read by {@link RowsReadinessResults} (the readiness module's implementation
 * answers the same): the latest verified year counts, not an earlier one nor a submitted one. Rolls back.
 */
@CantingTest
@Transactional
class ReadinessEligibilityCheckTest {

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	IkmManagement ikms;

	@Autowired
	SentraManagement sentras;

	@Autowired
	SentraQueries sentraQueries;

	@Autowired
	PastBeneficiaries past;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLatestVerifiedResultDecides() {
		ProgrammeEligibility eligibility = new ProgrammeEligibility(programmes, ikms, sentras, sentraQueries, past,
				provider(new RowsReadinessResults(jdbc)));
		Programme programme = programmes.create(Actor.SYSTEM, new ProgrammeInput("UJI-SIAP-2031", "Uji", "INDUSTRY_4_0",
				2031, 1_000_000L, 5, "2031-02-01", "2031-03-01", "IKM", "Ditjen IKMA", "Uji", List.of(), List.of(),
				List.of(), List.of(), false, false, null, null, null,
				List.of(new ReadinessRuleInput("OVERALL", "BELOW", new java.math.BigDecimal("2.00")),
						new ReadinessRuleInput("TECHNOLOGY", "AT_LEAST", java.math.BigDecimal.ONE))));
		Ikm ikm = ikms.register(Actor.SYSTEM, new IkmInput("9750000000093", "Batik Uji", "Pemilik Uji", "FEMALE", null,
				"75.71", null, "REGULAR", List.of("TULIS"), List.of("FABRIC"), List.of("NATURAL"), 2, 3, null,
				100_000_000L, null, null, null));

		assertThat(rules(eligibility.check(programme, ikm))).containsExactly("readinessMissing");

		// 2011 verified: overall 1.50 below 2.00, technology 1.00 at least 1.00: eligible
		anAssessment().ofIkm(ikm.id().value()).in(2011).inProvince("75").index("1.50")
			.pillars("2.00", "2.00", "2.00", "1.00", "0.50").insertWith(jdbc);
		// 2013 only submitted: not a result
		anAssessment().ofIkm(ikm.id().value()).in(2013).inProvince("75").submitted().index("0.50")
			.pillars("0.50", "0.50", "0.50", "0.50", "0.50").insertWith(jdbc);
		assertThat(eligibility.check(programme, ikm)).isEmpty();

		// 2012 verified, now the latest: overall 2.00 is not below 2.00, technology 0.50 is under 1.00
		anAssessment().ofIkm(ikm.id().value()).in(2012).inProvince("75").index("2.00")
			.pillars("3.00", "3.00", "2.00", "0.50", "1.50").insertWith(jdbc);
		List<EligibilityReason> reasons = eligibility.check(programme, ikm);
		assertThat(rules(reasons)).containsExactly("readinessBelow", "readinessAtLeast");
		assertThat(reasons.get(1).arguments()).containsExactly(
				id.canting.programme.catalogue.internal.ReadinessRule.Subject.TECHNOLOGY,
				new java.math.BigDecimal("1.00"), new java.math.BigDecimal("0.50"), 2012);
	}

	private static List<String> rules(List<EligibilityReason> reasons) {
		return reasons.stream().map(EligibilityReason::rule).toList();
	}

	private static ObjectProvider<ReadinessResults> provider(ReadinessResults results) {
		return new StaticListableBeanFactory(Map.of("readinessResults", results)).getBeanProvider(ReadinessResults.class);
	}
}
