package id.canting.allocation.internal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.canting.allocation.internal.plan.PlanProblem.Point;
import id.canting.allocation.internal.plan.PlanProblem.Producer;
import id.canting.allocation.internal.plan.PlanSolution.Planned;

/**
 * How to run: {@code bench/allocation.sh [SEED]}. A Hajj-sized order: 241,000 pieces to the 14 embarkation
 * points (an assumed spread of the pilgrims), 6,000 eligible IKM over the batik provinces (Java heavy), maximum
 * share 1 %, fairness factor 0.5, Jawa Tengah and DI Yogyakarta preferred; instance A (the target): minimum lot
 * 10, one IKM in twenty below it, the others 40–150 pieces; instance B: lot 20, capacities 10–150, so that the
 * lot lifts many small producers above their floor; instance C: B with fairness factor 0, where producers are
 * optional (0 or at least the lot) and the model is mixed-integer. Solves it with the app's {@link AllocationSolver} (timed, the
 * median of 5 runs after a warm-up), checks every rule, and in the same run solves the same order without
 * lots as a JGraphT minimum-cost flow over the full 6,000 × 14 network ({@link FullNetworkFlow}), which
 * must not cost less than the plan's lower bound; then re-plans after half of every shipment is delivered
 * with a tenth of the producers capped at what they made.
 */
public final class PlanBenchmark {

	private PlanBenchmark() {
	}

	// code, province, share of the pilgrims (‰)
	private static final Object[][] POINTS = { { "BTJ", "11", 22 }, { "KNO", "12", 42 }, { "BTH", "21", 30 },
			{ "PDG", "13", 30 }, { "PLM", "16", 40 }, { "JKG", "31", 95 }, { "JKS", "32", 90 }, { "KJT", "32", 125 },
			{ "SOC", "33", 150 }, { "SUB", "35", 185 }, { "BDJ", "63", 35 }, { "BPN", "64", 25 }, { "UPG", "73", 85 },
			{ "LOP", "52", 46 } };
	// province, weight of the IKM drawn there
	private static final Object[][] PROVINCES = { { "33", 30 }, { "32", 18 }, { "35", 16 }, { "34", 10 }, { "31", 4 },
			{ "36", 3 }, { "13", 3 }, { "16", 2 }, { "12", 2 }, { "51", 2 }, { "52", 2 }, { "61", 2 }, { "63", 2 },
			{ "73", 2 }, { "15", 1 }, { "18", 1 } };

	public static void main(String[] args) {
		long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
		ProvinceDistances distances = ProvinceDistances.load();
		boolean passed = run("A (the target)", instance(new Random(seed), 10, 40, 150), seed, distances, true);
		run("B (heavier lots)", instance(new Random(seed), 20, 10, 150), seed, distances, false);
		PlanProblem b = instance(new Random(seed), 20, 10, 150);
		run("C (B without the fairness floor: the mixed-integer case)", new PlanProblem(b.producers(), b.points(),
				b.minimumLot(), b.maximumSharePercent(), BigDecimal.ZERO, b.preferredProvinces()), seed, distances, false);
		if (!passed) {
			System.exit(1);
		}
	}

	private static boolean run(String name, PlanProblem problem, long seed, ProvinceDistances distances,
			boolean gapTarget) {
		AllocationSolver solver = new AllocationSolver(distances);
		solver.solve(problem); // warm-up
		long[] millis = new long[5];
		PlanSolution plan = null;
		for (int run = 0; run < millis.length; run++) {
			long t0 = System.nanoTime();
			plan = solver.solve(problem);
			millis[run] = (System.nanoTime() - t0) / 1_000_000;
		}
		java.util.Arrays.sort(millis);
		List<String> broken = violations(problem, plan);
		long t0 = System.nanoTime();
		double flowCost = FullNetworkFlow.cost(problem, distances);
		long flowMillis = (System.nanoTime() - t0) / 1_000_000;
		double bound = plan.lowerBound().doubleValue();
		boolean boundHolds = flowCost >= bound * (1 - 1e-6);
		long producing = plan.producers().stream().filter(p -> p.quantity() > 0).count();
		long atLot = plan.producers().stream().filter(p -> p.quantity() > 0 && p.quantity() == problem.minimumLot()
				&& p.floor() < problem.minimumLot()).count();
		System.out.printf("%s: %,d pieces, %,d IKM, %d points, lot %d, share %s %%, fairness %s (seed %d)%n", name,
				problem.demand(), problem.producers().size(), problem.points().size(), problem.minimumLot(),
				problem.maximumSharePercent(), problem.fairnessFactor(), seed);
		System.out.printf("  plan: %s; %,d IKM producing, %,d raised from their floor to the lot; median %,d ms (min %,d,"
				+ " max %,d of %d runs)%n", plan.solver(), producing, atLot, millis[2], millis[0], millis[4], millis.length);
		System.out.printf("  plan: cost %,.2f, lower bound %,.2f, gap %s %%%s; broken rules: %s%n", plan.cost(),
				plan.lowerBound(), plan.gapPercent(), gapTarget ? " (target ≤ 0.1 %)" : "",
				broken.isEmpty() ? "none" : broken);
		System.out.printf("  reference, JGraphT min-cost flow without lots on %,d arcs: cost %,.2f in %,d ms; not below the"
				+ " bound: %s; flow cost / bound %.6f; plan time / flow time %.4f%n",
				problem.producers().size() * (problem.points().size() + 1), flowCost, flowMillis, boundHolds,
				flowCost / bound, (double) millis[2] / flowMillis);
		PlanProblem replan = progressed(problem, plan, new Random(seed + 1));
		long r0 = System.nanoTime();
		PlanSolution second = solver.solve(replan);
		long replanMillis = (System.nanoTime() - r0) / 1_000_000;
		long moved = 0;
		for (int i = 0; i < plan.producers().size(); i++) {
			moved += Math.abs(plan.producers().get(i).quantity() - second.producers().get(i).quantity());
		}
		List<String> brokenAgain = violations(replan, second);
		System.out.printf("  re-plan after half of every shipment delivered, a tenth capped at what they made: %,d ms,"
				+ " cost %,.2f, bound %,.2f, gap %s %%, moved %,d; broken rules: %s%n", replanMillis, second.cost(),
				second.lowerBound(), second.gapPercent(), moved, brokenAgain.isEmpty() ? "none" : brokenAgain);
		return broken.isEmpty() && brokenAgain.isEmpty() && boundHolds
				&& (!gapTarget || plan.gapPercent().compareTo(new BigDecimal("0.1")) <= 0);
	}

	/** 6,000 IKM: one in twenty below the lot (5 to lot − 1), the others capMin–capMax pieces. */
	static PlanProblem instance(Random random, long lot, int capMin, int capMax) {
		long demand = 241_000;
		List<Point> points = new ArrayList<>();
		long given = 0;
		int total = 0;
		for (Object[] p : POINTS) {
			total += (Integer) p[2];
		}
		for (int i = 0; i < POINTS.length; i++) {
			long quantity = i == POINTS.length - 1 ? demand - given : demand * (Integer) POINTS[i][2] / total;
			given += quantity;
			points.add(new Point((String) POINTS[i][0], (String) POINTS[i][0], (String) POINTS[i][1], quantity));
		}
		int weights = 0;
		for (Object[] p : PROVINCES) {
			weights += (Integer) p[1];
		}
		List<Producer> producers = new ArrayList<>();
		for (int i = 1; i <= 6_000; i++) {
			int draw = random.nextInt(weights);
			String province = null;
			for (Object[] p : PROVINCES) {
				draw -= (Integer) p[1];
				if (draw < 0) {
					province = (String) p[0];
					break;
				}
			}
			long capacity = random.nextInt(20) == 0 ? 5 + random.nextInt((int) lot - 5)
					: capMin + random.nextInt(capMax - capMin + 1);
			producers.add(Producer.of(i, "IKM " + i, province, capacity));
		}
		return new PlanProblem(producers, points, lot, new BigDecimal("1"), new BigDecimal("0.5"), Set.of("33", "34"));
	}

	/** Half of every shipment delivered, produced = delivered; a tenth of the producers capped at what they made. */
	static PlanProblem progressed(PlanProblem problem, PlanSolution plan, Random random) {
		List<Producer> producers = new ArrayList<>();
		for (int i = 0; i < problem.producers().size(); i++) {
			Producer producer = problem.producers().get(i);
			Planned planned = plan.producers().get(i);
			Map<String, Long> delivered = new HashMap<>();
			planned.deliveries().forEach((point, quantity) -> delivered.put(point, quantity / 2));
			long made = delivered.values().stream().mapToLong(Long::longValue).sum();
			long cap = random.nextInt(10) == 0 ? Math.max(made, 0) : producer.capacity();
			producers.add(new Producer(producer.ikmId(), producer.name(), producer.provinceCode(), cap, null, delivered, made));
		}
		return new PlanProblem(producers, problem.points(), problem.minimumLot(), problem.maximumSharePercent(),
				problem.fairnessFactor(), problem.preferredProvinces());
	}

	static List<String> violations(PlanProblem problem, PlanSolution plan) {
		List<String> broken = new ArrayList<>();
		Map<String, Long> perPoint = new HashMap<>();
		long share = problem.maximumSharePercent() == null ? Long.MAX_VALUE
				: problem.maximumSharePercent().multiply(BigDecimal.valueOf(problem.demand())).longValue() / 100;
		for (int i = 0; i < plan.producers().size(); i++) {
			Planned p = plan.producers().get(i);
			Producer producer = problem.producers().get(i);
			p.deliveries().forEach((point, q) -> perPoint.merge(point, q, Long::sum));
			long made = Math.max(producer.produced(), producer.delivered().values().stream().mapToLong(Long::longValue).sum());
			if (p.quantity() > Math.max(Math.min(producer.capacity(), share), made)) {
				broken.add("over capacity: IKM " + p.ikmId());
			}
			if (p.quantity() > 0 && p.quantity() < problem.minimumLot() && made == 0) {
				broken.add("below lot: IKM " + p.ikmId());
			}
			if (p.quantity() < p.floor() || p.quantity() < made) {
				broken.add("below floor or made: IKM " + p.ikmId());
			}
			producer.delivered().forEach((point, q) -> {
				if (p.deliveries().getOrDefault(point, 0L) < q) {
					broken.add("delivered moved: IKM " + p.ikmId());
				}
			});
		}
		for (Point point : problem.points()) {
			if (perPoint.getOrDefault(point.code(), 0L) != point.demand()) {
				broken.add("demand not met at " + point.code());
			}
		}
		return broken.subList(0, Math.min(5, broken.size()));
	}
}
