package id.canting.development;

import static id.canting.registry.IkmMother.anIkm;
import static id.canting.registry.SentraMother.aSentra;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.development.internal.DevelopmentView;
import id.canting.development.internal.FacilityCondition;
import id.canting.development.internal.FacilityKind;
import id.canting.development.internal.FacilityLine;
import id.canting.development.internal.ScorePart;
import id.canting.development.internal.SentraDevelopment;
import id.canting.programme.SentraBenefits;
import id.canting.readiness.AssessmentId;
import id.canting.readiness.ReadinessResult;
import id.canting.readiness.ReadinessResults;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.Sentra;
import id.canting.registry.SentraManagement;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Sentra development with the registry and a stand-in for readiness's verified results (helper R's
 * implementation arrives with its module), on an empty database: a sentra of five members, two of them
 * assessed, gets its readiness and membership parts as documented, and a facility change is published.
 */
@CantingModuleTest(extraIncludes = { "registry", "region", "certification" })
@Transactional
class DevelopmentModuleTests {

	static final Actor OFFICER_33 = new Actor("officer.33", Role.OFFICER, "33", Set.of());

	@Autowired
	SentraDevelopment development;

	@Autowired
	SentraManagement sentras;

	@Autowired
	IkmManagement ikms;

	@Autowired
	VerifiedResults results;

	@Test
	void membersWithoutAVerifiedResultCountAsZeroInTheReadinessPart() {
		Sentra sentra = aSentra().inRegency("33.26").registerWith(sentras);
		List<Ikm> members = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			members.add(anIkm().inRegency("33.26").inSentra(sentra).withNib("91299999990" + (10 + i)).registerWith(ikms));
		}
		results.set(members.get(0).id(), "3.00");
		results.set(members.get(1).id(), "1.00");

		DevelopmentView view = development.view(OFFICER_33, sentra.id());

		// (3 + 1 + 0 + 0 + 0) ÷ 4 ÷ 5 = 0.2; five active members: membership 1
		assertThat(view.score().part(ScorePart.READINESS)).isEqualByComparingTo("0.2");
		assertThat(view.score().part(ScorePart.MEMBERSHIP)).isEqualByComparingTo("1");
		assertThat(view.members().assessed()).isEqualTo(2);
		// 100 × (30·0 + 25·0.2 + 25·0 + 20·1) ÷ 100 = 25.0
		assertThat(view.score().score()).isEqualByComparingTo("25.0");
	}

	@Test
	void replacingTheFacilitiesPublishesWhatChanged(Scenario scenario) {
		Sentra sentra = aSentra().inRegency("33.26").registerWith(sentras);
		scenario.stimulate(tx -> development.replaceFacilities(OFFICER_33, sentra.id(),
				List.of(new FacilityLine(FacilityKind.IPAL, null, 1, FacilityCondition.BROKEN))))
			.andWaitForEventOfType(FacilitiesReplaced.class)
			.toArriveAndVerify(event -> {
				assertThat(event.sentraId()).isEqualTo(sentra.id());
				assertThat(event.provinceCode()).isEqualTo("33");
				assertThat(event.changes()).singleElement()
					.satisfies(change -> assertThat(change.newValue()).isEqualTo("1 BROKEN"));
			});
	}

	/** Verified readiness results set by the test, standing in for the readiness module's. */
	static class VerifiedResults implements ReadinessResults {

		private final Map<IkmId, ReadinessResult> byIkm = new HashMap<>();

		void set(IkmId ikm, String index) {
			BigDecimal overall = new BigDecimal(index);
			byIkm.put(ikm, new ReadinessResult(new AssessmentId(byIkm.size() + 1), ikm, 2025, 1, Map.of(), overall,
					Instant.parse("2025-06-01T00:00:00Z")));
		}

		@Override
		public Optional<ReadinessResult> latestVerified(IkmId ikm) {
			return Optional.ofNullable(byIkm.get(ikm));
		}

		@Override
		public Map<IkmId, ReadinessResult> latestVerified(Collection<IkmId> ikms) {
			return ikms.stream().filter(byIkm::containsKey).collect(Collectors.toMap(i -> i, byIkm::get));
		}
	}

	@TestConfiguration
	static class Stand_ins {

		@Bean
		@Primary
		VerifiedResults verifiedResults() {
			return new VerifiedResults();
		}

		@Bean
		@Primary
		SentraBenefits noBenefits() {
			return new SentraBenefits() {
				@Override
				public List<SentraBenefit> of(long sentraId) {
					return List.of();
				}

				@Override
				public List<SentraBenefit> all() {
					return List.of();
				}
			};
		}
	}
}
