package id.canting.allocation.internal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.canting.allocation.internal.plan.PlanProblem.Point;
import id.canting.allocation.internal.plan.PlanProblem.Producer;

/**
 * Test data for the solver: provinces "A" to "E" on the equator one degree apart (A at 0°, B at 1° east,
 * C at 1° west, D at 2° east, E at 3° east), so A–B and A–C are 111 km, A–D 222 km, A–E 334 km.
 */
final class PlanProblems {

	static final ProvinceDistances EQUATOR = new ProvinceDistances(Map.of("A", new double[] { 0, 0 }, "B",
			new double[] { 0, 1 }, "C", new double[] { 0, -1 }, "D", new double[] { 0, 2 }, "E", new double[] { 0, 3 }));

	private final List<Producer> producers = new ArrayList<>();
	private final List<Point> points = new ArrayList<>();
	private long lot;
	private BigDecimal share;
	private BigDecimal fairness = BigDecimal.ZERO;
	private Set<String> preferred = Set.of();

	static PlanProblems aProblem() {
		return new PlanProblems();
	}

	PlanProblems producer(long id, String province, long capacity) {
		producers.add(Producer.of(id, "IKM " + id, province, capacity));
		return this;
	}

	PlanProblems producer(Producer producer) {
		producers.add(producer);
		return this;
	}

	PlanProblems point(String code, String province, long demand) {
		points.add(new Point(code, "Point " + code, province, demand));
		return this;
	}

	PlanProblems lot(long lot) {
		this.lot = lot;
		return this;
	}

	PlanProblems share(String percent) {
		this.share = new BigDecimal(percent);
		return this;
	}

	PlanProblems fairness(String factor) {
		this.fairness = new BigDecimal(factor);
		return this;
	}

	PlanProblems preferring(String... provinces) {
		this.preferred = Set.of(provinces);
		return this;
	}

	PlanProblem build() {
		return new PlanProblem(producers, points, lot, share, fairness, preferred);
	}

	PlanSolution solve() {
		return new AllocationSolver(EQUATOR).solve(build());
	}
}
