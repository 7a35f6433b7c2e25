package id.canting.event.exhibitor.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.canting.registry.ProductCategory;

/**
 * How to run: bench/curation.sh [SEEDS] [tight] — curation of 1,000 applicants for 100 booths (seeded random
 * instances shaped like the demo's: 20 provinces, 100 sentra, ~40 prison units, a tenth from the previous
 * edition; at least 15 provinces, 5 prison-unit places, category minimums, at most 2 per sentra). For each
 * seed: the exact CP-SAT solve (time, status, objective = bound) against a greedy baseline (best score
 * first while the booth, sentra and prison limits allow) in the same JVM: its time, its score and whether
 * it meets the minimums. With {@code tight}, 80 % of applicants come from 5 provinces and the other 15
 * score 1.5 lower, and at least 18 provinces and more of each category are asked for.
 */
public final class CurationBenchmark {

	static final CurationConstraints CONSTRAINTS = new CurationConstraints(100, 15, 5,
			Map.of(ProductCategory.FABRIC, 40, ProductCategory.CLOTHING, 20, ProductCategory.ACCESSORY, 10), 2);

	/** The "tight" variant: coverage of 18 provinces and more of each category, which the greedy misses. */
	static final CurationConstraints TIGHT = new CurationConstraints(100, 18, 5,
			Map.of(ProductCategory.FABRIC, 40, ProductCategory.CLOTHING, 25, ProductCategory.ACCESSORY, 12), 2);

	private CurationBenchmark() {
	}

	public static void main(String[] args) {
		int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		boolean tight = args.length > 1 && "tight".equals(args[1]);
		CurationConstraints constraints = tight ? TIGHT : CONSTRAINTS;
		CurationSolver solver = new CurationSolver(Duration.ofSeconds(Long.getLong("seconds", 60)), 2);
		solver.propose(instance(new Random(0), 50, false), new CurationConstraints(10, 3, 1, Map.of(), 2)); // load the library, warm up
		System.out.println("seed\tsolve_ms\tstatus\toptimal\tscore\tbound\tgreedy_ms\tgreedy_score\tgreedy_feasible");
		long[] times = new long[seeds];
		for (int seed = 1; seed <= seeds; seed++) {
			List<Applicant> applicants = instance(new Random(seed), 1_000, tight);
			long t0 = System.nanoTime();
			Proposal proposal = solver.propose(applicants, constraints);
			long solveMs = (System.nanoTime() - t0) / 1_000_000;
			long g0 = System.nanoTime();
			Set<Long> greedy = greedy(applicants, constraints);
			double greedyMs = (System.nanoTime() - g0) / 1_000_000.0;
			double greedyScore = applicants.stream().filter(a -> greedy.contains(a.id())).mapToLong(Applicant::points).sum()
					/ 100.0;
			boolean greedyFeasible = CurationCheck.violations(applicants, greedy, constraints).isEmpty();
			times[seed - 1] = solveMs;
			System.out.printf("%d\t%d\t%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%s%n", seed, solveMs, proposal.solverStatus(),
					proposal.optimal(), proposal.totalScore(), proposal.bound(), greedyMs, greedyScore, greedyFeasible);
		}
		Arrays.sort(times);
		System.out.println("median solve ms: " + times[seeds / 2]);
	}

	static List<Applicant> instance(Random random, int size, boolean tight) {
		List<Applicant> applicants = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			boolean prison = random.nextInt(25) == 0;
			// tight: most applicants from 5 strong provinces, the other 15 few and lower-scored, so coverage binds
			int province = tight ? (random.nextInt(10) < 8 ? random.nextInt(5) : 5 + random.nextInt(15))
					: random.nextInt(random.nextBoolean() ? 5 : 20);
			Long sentra = prison || random.nextInt(4) == 0 ? null : (long) (province * 10 + random.nextInt(8));
			Set<ProductCategory> categories = EnumSet.of(ProductCategory.FABRIC);
			if (random.nextInt(3) == 0) {
				categories.add(ProductCategory.CLOTHING);
			}
			if (random.nextInt(tight ? 12 : 6) == 0) {
				categories = EnumSet.of(ProductCategory.ACCESSORY);
			}
			double score = (400 + random.nextInt(601) - (tight && province >= 5 ? 150 : 0)) / 100.0;
			applicants.add(new Applicant(i, "IKM " + i, score, String.valueOf(11 + province), sentra, "Sentra " + sentra,
					prison, categories, random.nextInt(10) == 0));
		}
		return applicants;
	}

	/** Best score first, new before previous, within the booth, sentra and prison-place limits; minimums not sought. */
	static Set<Long> greedy(List<Applicant> applicants, CurationConstraints c) {
		Set<Long> chosen = new HashSet<>();
		java.util.Map<Long, Integer> perSentra = new java.util.HashMap<>();
		int prison = 0;
		List<Applicant> order = applicants.stream()
			.sorted(Comparator.comparing(Applicant::previousEdition).thenComparing(Comparator.comparingDouble(Applicant::score).reversed()))
			.toList();
		for (Applicant a : order) {
			if (chosen.size() >= c.booths()) {
				break;
			}
			if (a.prisonUnit() && prison >= c.prisonUnitPlaces()) {
				continue;
			}
			if (!a.prisonUnit() && chosen.size() - prison >= c.booths() - c.prisonUnitPlaces()) {
				continue;
			}
			if (a.sentraId() != null && perSentra.getOrDefault(a.sentraId(), 0) >= c.maxPerSentra()) {
				continue;
			}
			chosen.add(a.id());
			prison += a.prisonUnit() ? 1 : 0;
			if (a.sentraId() != null) {
				perSentra.merge(a.sentraId(), 1, Integer::sum);
			}
		}
		return chosen;
	}
}
