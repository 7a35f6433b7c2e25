package id.canting.allocation.internal.plan;

import static id.canting.allocation.internal.plan.PlanProblems.aProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.canting.allocation.internal.Explanation;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.plan.PlanProblem.Producer;
import id.canting.allocation.internal.plan.PlanSolution.Planned;

/** Small plans solved by hand (distances: A–B and A–C 111 km, A–D 222 km; see {@link PlanProblems}). */
class AllocationSolverTest {

	private static Planned of(PlanSolution solution, long ikmId) {
		return solution.producers().stream().filter(p -> p.ikmId() == ikmId).findFirst().orElseThrow();
	}

	private static List<String> codes(PlanInfeasibleException e) {
		return e.reasons().stream().map(Explanation::code).toList();
	}

	@Test
	void fillsTheNearProducerFirstAndTheFarOneWithTheRest() {
		PlanSolution plan = aProblem().producer(1, "A", 60).producer(2, "B", 100).point("P", "A", 100).solve();

		assertThat(of(plan, 1).quantity()).isEqualTo(60);
		assertThat(of(plan, 2).quantity()).isEqualTo(40);
		assertThat(plan.cost()).isEqualByComparingTo("4440"); // 40 × 111 km
		assertThat(plan.lowerBound()).isEqualByComparingTo("4440");
		assertThat(plan.gapPercent()).isEqualByComparingTo("0");
		assertThat(of(plan, 1).reason().code()).isEqualTo("allocation.plan.reason.full");
		assertThat(of(plan, 2).reason().code()).isEqualTo("allocation.plan.reason.marginal");
		assertThat(of(plan, 2).distanceKm()).isEqualTo(111);
		assertThat(of(plan, 2).deliveries()).isEqualTo(Map.of("P", 40L));
	}

	@Test
	void givesTheFarProducerItsFairnessFloor() {
		// D = 100, Σ cap = 200, f = 0.5: floor = ceil(0.5 × 100 × 100 / 200) = 25 each
		PlanSolution plan = aProblem().producer(1, "A", 100).producer(2, "B", 100).point("P", "A", 100).fairness("0.5")
				.solve();

		assertThat(of(plan, 1).quantity()).isEqualTo(75);
		assertThat(of(plan, 2).quantity()).isEqualTo(25);
		assertThat(of(plan, 2).floor()).isEqualTo(25);
		assertThat(of(plan, 2).reason()).isEqualTo(new Explanation("allocation.plan.reason.floor", List.of(25L, 100L)));
		assertThat(plan.cost()).isEqualByComparingTo("2775");
	}

	@Test
	void givesAProducerZeroOrAtLeastTheLotAndReportsTheGapToTheBoundWithoutLots() {
		PlanSolution plan = aProblem().producer(1, "A", 60).producer(2, "B", 100).producer(3, "B", 30)
				.point("P", "A", 100).lot(50).solve();

		assertThat(of(plan, 1).quantity()).isEqualTo(50);
		assertThat(of(plan, 2).quantity()).isEqualTo(50);
		assertThat(of(plan, 3).quantity()).isZero();
		assertThat(of(plan, 2).reason().code()).isEqualTo("allocation.plan.reason.lot");
		assertThat(of(plan, 3).reason()).isEqualTo(new Explanation("allocation.plan.reason.below-lot", List.of(30L, 50L)));
		assertThat(plan.cost()).isEqualByComparingTo("5550"); // 50 × 111
		assertThat(plan.lowerBound()).isEqualByComparingTo("4440"); // 60 near + 40 far without the lot
		assertThat(plan.gapPercent()).isEqualByComparingTo("25.0000");
	}

	@Test
	void leavesAnOptionalProducerOutWhenNearerOnesCoverTheDemand() {
		PlanSolution plan = aProblem().producer(1, "A", 100).producer(2, "D", 100).point("P", "A", 80).lot(20).solve();

		assertThat(of(plan, 1).quantity()).isEqualTo(80);
		assertThat(of(plan, 2).quantity()).isZero();
		assertThat(of(plan, 2).reason()).isEqualTo(new Explanation("allocation.plan.reason.not-needed", List.of(222)));
		assertThat(plan.solver()).contains("MIP");
	}

	@Test
	void capsEachProducerAtTheMaximumShare() {
		PlanSolution plan = aProblem().producer(1, "A", 100).producer(2, "B", 100).point("P", "A", 100).share("50")
				.solve();

		assertThat(of(plan, 1).quantity()).isEqualTo(50);
		assertThat(of(plan, 1).reason()).isEqualTo(new Explanation("allocation.plan.reason.share", List.of(50L, 100L)));
		assertThat(of(plan, 2).quantity()).isEqualTo(50);
	}

	@Test
	void weighsPreferredProvincesAtEightyPercentOfTheirDistance() {
		PlanSolution plan = aProblem().producer(1, "B", 100).producer(2, "C", 100).point("P", "A", 100).preferring("C")
				.solve();

		assertThat(of(plan, 2).quantity()).isEqualTo(100);
		assertThat(plan.cost()).isEqualByComparingTo("8880"); // 100 × 111 × 0.8
	}

	@Test
	void servesEachPointFromItsOwnProvince() {
		PlanSolution plan = aProblem().producer(1, "A", 100).producer(2, "B", 100).point("P", "A", 50)
				.point("Q", "B", 50).solve();

		assertThat(of(plan, 1).deliveries()).isEqualTo(Map.of("P", 50L));
		assertThat(of(plan, 2).deliveries()).isEqualTo(Map.of("Q", 50L));
		assertThat(plan.cost()).isEqualByComparingTo("0");
	}

	@Test
	void keepsALockedQuantity() {
		Producer locked = new Producer(1, "IKM 1", "A", 100, 20L, Map.of(), 0);
		PlanSolution plan = aProblem().producer(locked).producer(2, "B", 100).point("P", "A", 100).solve();

		assertThat(of(plan, 1).quantity()).isEqualTo(20);
		assertThat(of(plan, 1).locked()).isTrue();
		assertThat(of(plan, 1).reason()).isEqualTo(new Explanation("allocation.plan.reason.locked", List.of(20L)));
		assertThat(of(plan, 2).quantity()).isEqualTo(80);
	}

	@Test
	void rePlanningKeepsWhatWasDelivered() {
		Producer started = new Producer(2, "IKM 2", "B", 100, null, Map.of("P", 30L), 35);
		PlanSolution plan = aProblem().producer(1, "A", 100).producer(started).point("P", "A", 100).lot(10).solve();

		assertThat(of(plan, 2).quantity()).isEqualTo(35);
		assertThat(of(plan, 2).deliveries()).containsEntry("P", 35L);
		assertThat(of(plan, 2).reason()).isEqualTo(new Explanation("allocation.plan.reason.committed", List.of(35L)));
		assertThat(of(plan, 1).quantity()).isEqualTo(65);
	}

	@Test
	void saysByHowMuchCapacityFallsShort() {
		assertThatThrownBy(() -> aProblem().producer(1, "A", 30).producer(2, "B", 40).point("P", "A", 100).solve())
				.isInstanceOfSatisfying(PlanInfeasibleException.class, e -> assertThat(e.reasons())
						.containsExactly(new Explanation("allocation.plan.infeasible.capacity-short", List.of(30L, 70L, 100L))));
	}

	@Test
	void saysWhenFloorsAndLotsNeedMoreThanTheDemand() {
		// floors ceil(0.5 × 100 × 100 / 300) = 17, raised to the lot of 40: 3 × 40 = 120 > 100
		assertThatThrownBy(() -> aProblem().producer(1, "A", 100).producer(2, "B", 100).producer(3, "C", 100)
				.point("P", "A", 100).fairness("0.5").lot(40).solve())
				.isInstanceOfSatisfying(PlanInfeasibleException.class, e -> assertThat(e.reasons())
						.containsExactly(new Explanation("allocation.plan.infeasible.floors-and-lots", List.of(120L, 100L))));
	}

	@Test
	void saysWhenTheFloorAndTheShareCannotBothHold() {
		// share 40 % of 100 = 40; floor of IKM 1 = ceil(1.0 × 100 × 300 / 400) = 75
		assertThatThrownBy(() -> aProblem().producer(1, "A", 300).producer(2, "B", 100).point("P", "A", 100)
				.fairness("1").share("40").solve())
				.isInstanceOfSatisfying(PlanInfeasibleException.class, e -> assertThat(e.reasons())
						.contains(new Explanation("allocation.plan.infeasible.floor-share", List.of("IKM 1", 75L, 40L))));
	}

	@Test
	void saysWhenTheLotIsAboveTheMaximumShare() {
		assertThatThrownBy(() -> aProblem().producer(1, "A", 100).producer(2, "B", 100).point("P", "A", 100).lot(60)
				.share("50").solve())
				.isInstanceOfSatisfying(PlanInfeasibleException.class, e -> assertThat(codes(e))
						.contains("allocation.plan.infeasible.lot-above-share", "allocation.plan.infeasible.no-producer"));
	}

	@Test
	void saysWhenNoProducerIsEligible() {
		assertThatThrownBy(() -> aProblem().point("P", "A", 100).solve())
				.isInstanceOfSatisfying(PlanInfeasibleException.class,
						e -> assertThat(codes(e)).containsExactly("allocation.plan.infeasible.no-producer"));
	}

	@Test
	void saysWhenMoreWasDeliveredToAPointThanItNeeds() {
		Producer over = new Producer(1, "IKM 1", "A", 200, null, Map.of("P", 120L), 120);
		assertThatThrownBy(() -> aProblem().producer(over).point("P", "A", 100).solve())
				.isInstanceOfSatisfying(PlanInfeasibleException.class, e -> assertThat(e.reasons())
						.contains(new Explanation("allocation.plan.infeasible.point-over-delivered", List.of("Point P", 120L, 100L))));
	}

	@Test
	void saysWhenLocksExceedTheDemand() {
		Producer locked = new Producer(1, "IKM 1", "A", 200, 150L, Map.of(), 0);
		assertThatThrownBy(() -> aProblem().producer(locked).point("P", "A", 100).solve())
				.isInstanceOfSatisfying(PlanInfeasibleException.class, e -> assertThat(codes(e))
						.containsExactly("allocation.plan.infeasible.locked-over-demand"));
	}

	@Test
	void saysWhenLotsCannotAddUpToTheDemand() {
		assertThatThrownBy(() -> aProblem().producer(1, "A", 100).producer(2, "B", 100).point("P", "A", 21).lot(25).solve())
				.isInstanceOfSatisfying(PlanInfeasibleException.class, e -> assertThat(e.reasons())
						.containsExactly(new Explanation("allocation.plan.infeasible.lots-do-not-fit", List.of(21L, 25L))));
	}

	@Test
	void roundsTheFloorUpExactly() {
		PlanBounds bounds = new PlanBounds(aProblem().producer(1, "A", 60).producer(2, "B", 100).point("P", "A", 100)
				.fairness("0.5").build());
		// 0.5 × 100 × 60 / 160 = 18.75 → 19; 0.5 × 100 × 100 / 160 = 31.25 → 32
		assertThat(bounds.ranges).extracting(PlanBounds.Range::floor).containsExactly(19L, 32L);
		assertThat(bounds.shareLimit).isEqualTo(Long.MAX_VALUE);
	}
}
