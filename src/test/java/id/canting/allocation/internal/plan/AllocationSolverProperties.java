package id.canting.allocation.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.plan.PlanProblem.Point;
import id.canting.allocation.internal.plan.PlanProblem.Producer;
import id.canting.allocation.internal.plan.PlanSolution.Planned;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Properties of every plan on random small orders (2–8 producers in 5 provinces, 1–3 delivery points). */
@Tag("property")
class AllocationSolverProperties {

	private static final AllocationSolver SOLVER = new AllocationSolver(PlanProblems.EQUATOR);

	@Provide
	Arbitrary<PlanProblem> problems() {
		Arbitrary<Producer> producer = Combinators.combine(Arbitraries.of("A", "B", "C", "D", "E"),
				Arbitraries.longs().between(0, 120)).as((province, cap) -> Producer.of(0, "", province, cap));
		Arbitrary<List<Producer>> producers = producer.list().ofMinSize(2).ofMaxSize(8).map(list -> {
			List<Producer> numbered = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				numbered.add(Producer.of(i + 1, "IKM " + (i + 1), list.get(i).provinceCode(), list.get(i).capacity()));
			}
			return numbered;
		});
		Arbitrary<List<Point>> points = Combinators.combine(Arbitraries.of("A", "B", "C", "D", "E"),
				Arbitraries.longs().between(5, 120)).as((province, demand) -> new Point("", "", province, demand)).list()
				.ofMinSize(1).ofMaxSize(3).map(list -> {
					List<Point> numbered = new ArrayList<>();
					for (int i = 0; i < list.size(); i++) {
						numbered.add(new Point("P" + i, "Point " + i, list.get(i).provinceCode(), list.get(i).demand()));
					}
					return numbered;
				});
		Arbitrary<BigDecimal> share = Arbitraries.of(null, new BigDecimal("35"), new BigDecimal("60"), new BigDecimal("100"));
		Arbitrary<BigDecimal> fairness = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.3"), new BigDecimal("0.5"));
		Arbitrary<Long> lot = Arbitraries.of(0L, 0L, 10L, 25L);
		return Combinators.combine(producers, points, lot, share, fairness, Arbitraries.of(Set.<String>of(), Set.of("D")))
				.as(PlanProblem::new);
	}

	private static PlanSolution solvedOrSkipped(PlanProblem problem) {
		try {
			return SOLVER.solve(problem);
		}
		catch (PlanInfeasibleException e) {
			Assume.that(false);
			return null;
		}
	}

	@Property(tries = 300)
	void meetsEveryRule(@ForAll("problems") PlanProblem problem) {
		PlanSolution plan = solvedOrSkipped(problem);
		PlanBounds bounds = new PlanBounds(problem);
		Map<String, Long> perPoint = new HashMap<>();
		for (Planned planned : plan.producers()) {
			planned.deliveries().forEach((point, quantity) -> perPoint.merge(point, quantity, Long::sum));
			assertThat(planned.deliveries().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(planned.quantity());
			assertThat(planned.quantity()).isLessThanOrEqualTo(Math.min(planned.capacity(), bounds.shareLimit));
			assertThat(planned.quantity() == 0 || planned.quantity() >= problem.minimumLot()).isTrue();
			assertThat(planned.quantity()).isGreaterThanOrEqualTo(planned.floor());
		}
		for (Point point : problem.points()) {
			assertThat(perPoint.getOrDefault(point.code(), 0L)).isEqualTo(point.demand());
		}
		assertThat(plan.allocated()).isEqualTo(problem.demand());
		assertThat(plan.cost()).isGreaterThanOrEqualTo(plan.lowerBound());
	}

	@Property(tries = 200)
	void costsWhatAnIndependentMinimumCostFlowCostsWhenThereIsNoLot(@ForAll("problems") PlanProblem drawn) {
		PlanProblem problem = new PlanProblem(drawn.producers(), drawn.points(), 0, drawn.maximumSharePercent(),
				drawn.fairnessFactor(), drawn.preferredProvinces());
		PlanSolution plan = solvedOrSkipped(problem);

		assertThat(plan.cost().doubleValue()).isCloseTo(FullNetworkFlow.cost(problem, PlanProblems.EQUATOR), within(0.01));
	}

	@Property(tries = 200)
	void neverHasALowerBoundAboveTheFlowWithoutLots(@ForAll("problems") PlanProblem problem) {
		PlanSolution plan = solvedOrSkipped(problem);

		assertThat(FullNetworkFlow.cost(problem, PlanProblems.EQUATOR)).isCloseTo(plan.lowerBound().doubleValue(),
				within(0.01));
	}

	@Property(tries = 200)
	void rePlanningKeepsLockedAndDeliveredQuantities(@ForAll("problems") PlanProblem problem) {
		PlanSolution first = solvedOrSkipped(problem);
		// the first producer with a quantity is locked at it; every other delivers half of each shipment
		List<Producer> progressed = new ArrayList<>();
		Long lockedId = null;
		for (Producer producer : problem.producers()) {
			Planned planned = first.producers().stream().filter(p -> p.ikmId() == producer.ikmId()).findFirst().orElseThrow();
			if (lockedId == null && planned.quantity() > 0) {
				lockedId = producer.ikmId();
				progressed.add(new Producer(producer.ikmId(), producer.name(), producer.provinceCode(), producer.capacity(),
						planned.quantity(), Map.of(), 0));
				continue;
			}
			Map<String, Long> delivered = new HashMap<>();
			planned.deliveries().forEach((point, quantity) -> delivered.put(point, quantity / 2));
			progressed.add(new Producer(producer.ikmId(), producer.name(), producer.provinceCode(), producer.capacity(), null,
					delivered, planned.quantity() / 2 + 1 > planned.quantity() ? 0 : planned.quantity() / 2 + 1));
		}
		PlanSolution second = SOLVER.solve(new PlanProblem(progressed, problem.points(), problem.minimumLot(),
				problem.maximumSharePercent(), problem.fairnessFactor(), problem.preferredProvinces()));

		for (Producer producer : progressed) {
			Planned planned = second.producers().stream().filter(p -> p.ikmId() == producer.ikmId()).findFirst().orElseThrow();
			if (producer.locked() != null) {
				assertThat(planned.quantity()).isEqualTo(producer.locked());
			}
			producer.delivered().forEach((point, quantity) -> assertThat(planned.deliveries().getOrDefault(point, 0L))
					.isGreaterThanOrEqualTo(quantity));
			assertThat(planned.quantity()).isGreaterThanOrEqualTo(producer.produced());
		}
		assertThat(second.allocated()).isEqualTo(problem.demand());
	}
}
