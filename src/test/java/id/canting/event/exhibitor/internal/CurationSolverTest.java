package id.canting.event.exhibitor.internal;

import static id.canting.event.exhibitor.internal.Applicants.constraints;
import static id.canting.event.exhibitor.internal.Applicants.prison;
import static id.canting.event.exhibitor.internal.Applicants.regular;
import static id.canting.event.exhibitor.internal.Applicants.returning;
import static id.canting.event.exhibitor.internal.Applicants.showing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.canting.registry.ProductCategory;

/** Hand-checked small instances: the optimum, each reason for a left-out applicant, infeasibility explained. */
class CurationSolverTest {

	private final CurationSolver solver = new CurationSolver(Duration.ofSeconds(10), 1);

	@Test
	void takesTheSentrasBestMemberAndExplainsTheOthers() {
		// booths 3, one per sentra: A (9, S1), B (8, S1), C (7, S2), D (6), E (5) -> A, C, D = 22
		Proposal proposal = solver.propose(List.of(regular(1, 9, "31", 1L), regular(2, 8, "31", 1L),
				regular(3, 7, "32", 2L), regular(4, 6, "33", null), regular(5, 5, "34", null)), constraints(3, 0, 0, 1));

		assertThat(proposal.selected()).extracting(Applicant::id).containsExactlyInAnyOrder(1L, 3L, 4L);
		assertThat(proposal.totalScore()).isEqualTo(22.0);
		assertThat(proposal.optimal()).isTrue();
		assertThat(proposal.bound()).isEqualTo(proposal.totalScore());
		assertThat(proposal.solverStatus()).isEqualTo("OPTIMAL");
		assertThat(proposal.leftOut()).extracting(l -> l.applicant().id(), Proposal.LeftOut::reason, Proposal.LeftOut::arguments)
			.containsExactly(tuple(2L, "sentra-full", List.of("Sentra 1", 1, "IKM 1")),
					tuple(5L, "lower-score", List.of(6.0)));
	}

	@Test
	void fillsTheReservedPrisonPlacesWithTheBestPrisonUnits() {
		// booths 4, 1 prison place: P1 (9), P2 (8), R1..R4 (7, 6, 5, 4) -> P1, R1, R2, R3 = 27
		Proposal proposal = solver.propose(List.of(prison(1, 9, "31"), prison(2, 8, "31"), regular(3, 7, "31", null),
				regular(4, 6, "32", null), regular(5, 5, "33", null), regular(6, 4, "34", null)), constraints(4, 0, 1, 2));

		assertThat(proposal.selected()).extracting(Applicant::id).containsExactlyInAnyOrder(1L, 3L, 4L, 5L);
		assertThat(proposal.totalScore()).isEqualTo(27.0);
		assertThat(proposal.leftOut()).extracting(l -> l.applicant().id(), Proposal.LeftOut::reason)
			.containsExactly(tuple(2L, "prison-places-filled"), tuple(6L, "lower-score"));
	}

	@Test
	void reservedPrisonPlacesAreNotTakenByHigherScoredIkm() {
		Proposal proposal = solver.propose(List.of(regular(1, 9, "31", null), regular(2, 8, "31", null), prison(3, 2, "31")),
				constraints(2, 0, 1, 2));

		assertThat(proposal.selected()).extracting(Applicant::id).containsExactlyInAnyOrder(1L, 3L);
		assertThat(proposal.leftOut()).extracting(l -> l.applicant().id(), Proposal.LeftOut::reason)
			.containsExactly(tuple(2L, "lower-score"));
	}

	@Test
	void keepsALowerScoredApplicantThatAProvinceMinimumNeeds() {
		// booths 2, 2 provinces: A (9, 31), B (8, 31), C (3, 32) -> A, C = 12
		Proposal proposal = solver.propose(List.of(regular(1, 9, "31", null), regular(2, 8, "31", null),
				regular(3, 3, "32", null)), constraints(2, 2, 0, 2));

		assertThat(proposal.selected()).extracting(Applicant::id).containsExactlyInAnyOrder(1L, 3L);
		assertThat(proposal.totalScore()).isEqualTo(12.0);
		assertThat(proposal.leftOut()).singleElement().satisfies(left -> {
			assertThat(left.reason()).isEqualTo("needed-province");
			assertThat(left.arguments()).containsExactly("IKM 3", 3.0, 2);
		});
	}

	@Test
	void keepsALowerScoredApplicantThatACategoryMinimumNeeds() {
		Proposal proposal = solver.propose(List.of(showing(1, 9, "31", ProductCategory.FABRIC),
				showing(2, 8, "31", ProductCategory.FABRIC), showing(3, 2, "31", ProductCategory.ACCESSORY)),
				new CurationConstraints(2, 0, 0, Map.of(ProductCategory.ACCESSORY, 1), 5));

		assertThat(proposal.selected()).extracting(Applicant::id).containsExactlyInAnyOrder(1L, 3L);
		assertThat(proposal.leftOut()).singleElement().satisfies(left -> {
			assertThat(left.reason()).isEqualTo("needed-category");
			assertThat(left.arguments()).containsExactly("IKM 3", 2.0, "ACCESSORY");
		});
	}

	@Test
	void newExhibitorsComeBeforeLastEditionsEvenWithLowerScores() {
		List<Applicant> applicants = List.of(returning(1, 9, "31"), regular(2, 5, "31", null), regular(3, 4, "31", null));

		Proposal two = solver.propose(applicants, constraints(2, 0, 0, 5));
		assertThat(two.selected()).extracting(Applicant::id).containsExactlyInAnyOrder(2L, 3L);
		assertThat(two.totalScore()).isEqualTo(9.0);
		assertThat(two.leftOut()).extracting(l -> l.applicant().id(), Proposal.LeftOut::reason)
			.containsExactly(tuple(1L, "previous-edition"));

		Proposal three = solver.propose(applicants, constraints(3, 0, 0, 5));
		assertThat(three.selected()).hasSize(3);
		assertThat(three.leftOut()).isEmpty();
	}

	@Test
	void explainsProvincesTheApplicantsDoNotCover() {
		List<Applicant> applicants = List.of(regular(1, 9, "31", null), regular(2, 8, "32", null));

		assertThatThrownBy(() -> solver.propose(applicants, constraints(5, 3, 0, 2)))
			.isInstanceOfSatisfying(CurationInfeasibleException.class, e -> assertThat(e.shortfalls())
				.containsExactly(new Shortfall("minProvinces", 3, 2, 2, 1)))
			.satisfies(e -> assertThat(((CurationInfeasibleException) e).shortfalls().get(0).messageKey())
				.isEqualTo("exhibitor.curation.short.minProvinces.applicants"));
	}

	@Test
	void explainsAShortfallThatOnlyTheCombinationCauses() {
		// three provinces offered, but one booth reaches one of them
		List<Applicant> applicants = List.of(regular(1, 9, "31", null), regular(2, 8, "32", null), regular(3, 7, "33", null));

		assertThatThrownBy(() -> solver.propose(applicants, constraints(1, 2, 0, 2)))
			.isInstanceOfSatisfying(CurationInfeasibleException.class, e -> {
				assertThat(e.shortfalls()).containsExactly(new Shortfall("minProvinces", 2, 1, 3, 1));
				assertThat(e.shortfalls().get(0).messageKey()).isEqualTo("exhibitor.curation.short.minProvinces.combined");
			});
	}

	@Test
	void explainsMissingPrisonUnitsAndCategories() {
		List<Applicant> applicants = List.of(prison(1, 9, "31"), showing(2, 8, "32", ProductCategory.CLOTHING));

		assertThatThrownBy(() -> solver.propose(applicants,
				new CurationConstraints(5, 0, 2, Map.of(ProductCategory.ACCESSORY, 2), 2)))
			.isInstanceOfSatisfying(CurationInfeasibleException.class, e -> assertThat(e.shortfalls())
				.containsExactlyInAnyOrder(new Shortfall("prisonUnitPlaces", 2, 1, 1, 1),
						new Shortfall("categoryMinimums.ACCESSORY", 2, 0, 0, 2)));
	}

	@Test
	void checkListsEveryViolationOfAnOverride() {
		List<Applicant> applicants = List.of(regular(1, 9, "31", 1L), regular(2, 8, "31", 1L), prison(3, 5, "31"));

		assertThat(CurationCheck.violations(applicants, Set.of(1L, 2L), constraints(1, 2, 1, 1)))
			.extracting(CurationCheck.Violation::constraint)
			.containsExactly("booths", "minProvinces", "prisonUnitPlaces", "maxPerSentra");
		assertThat(CurationCheck.violations(applicants, Set.of(1L, 3L), constraints(2, 1, 1, 1))).isEmpty();
	}
}
