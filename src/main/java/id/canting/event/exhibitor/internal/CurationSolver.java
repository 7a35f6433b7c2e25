package id.canting.event.exhibitor.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;

import id.canting.registry.ProductCategory;
import id.canting.shared.RuleRefusedException;

/**
 * Chooses exhibitors exactly, with OR-Tools CP-SAT: one 0/1 variable per applicant, the constraints
 * of {@link CurationConstraints} as linear constraints (a 0/1 represented-variable per province), and
 * the lexicographic objective (most new exhibitors, then the highest total score) in two solves: the
 * most new exhibitors the constraints allow, then, with that many fixed, the highest total score, so no
 * score can buy a returning exhibitor a place a new one could have. When the constraints cannot all be met, a second model with a slack per
 * coverage constraint minimises the total shortfall, which names the constraints and the amounts.
 * Plain Java, no Spring: the pages, the API, the demo and the benchmark all call it the same way.
 */
public final class CurationSolver {

	private static boolean loaded;

	private final Duration timeLimit;
	private final int workers;

	/** A solver that stops after {@code timeLimit} (reporting an unproven result honestly), with {@code workers} threads. */
	public CurationSolver(Duration timeLimit, int workers) {
		this.timeLimit = timeLimit;
		this.workers = Math.max(1, workers);
	}

	private static synchronized void load() {
		if (!loaded) {
			Loader.loadNativeLibraries();
			loaded = true;
		}
	}

	/**
	 * The best selection under {@code constraints}, with the reason each applicant was left out.
	 *
	 * @throws CurationInfeasibleException when no selection meets the constraints
	 * @throws RuleRefusedException ({@code exhibitor.curation.no-solution}) when the time ran out before any
	 *         selection was found
	 */
	public Proposal propose(List<Applicant> applicants, CurationConstraints constraints) {
		load();
		long started = System.nanoTime();
		Model m = new Model(applicants, constraints, false);
		long newCount = applicants.stream().filter(a -> !a.previousEdition()).count();
		boolean phase1Optimal = true;
		if (newCount < applicants.size() && newCount > 0) {
			// first: as many new exhibitors as the constraints allow
			List<BoolVar> fresh = new ArrayList<>();
			for (int i = 0; i < applicants.size(); i++) {
				if (!applicants.get(i).previousEdition()) {
					fresh.add(m.x[i]);
				}
			}
			LinearExpr freshSum = LinearExpr.sum(fresh.toArray(new BoolVar[0]));
			m.model.maximize(freshSum);
			CpSolver first = solver();
			CpSolverStatus status = first.solve(m.model);
			refuseWithoutSolution(status, applicants, constraints);
			phase1Optimal = status == CpSolverStatus.OPTIMAL;
			long best = Math.round(first.objectiveValue());
			m.model.clearObjective();
			m.model.addGreaterOrEqual(freshSum, best);
			for (BoolVar x : m.x) {
				m.model.addHint(x, first.booleanValue(x));
			}
		}
		// then: the highest total score among those selections
		long[] points = applicants.stream().mapToLong(Applicant::points).toArray();
		m.model.maximize(LinearExpr.weightedSum(m.x, points));
		CpSolver solver = solver();
		CpSolverStatus status = solver.solve(m.model);
		refuseWithoutSolution(status, applicants, constraints);
		List<Applicant> selected = new ArrayList<>();
		for (int i = 0; i < applicants.size(); i++) {
			if (solver.booleanValue(m.x[i])) {
				selected.add(applicants.get(i));
			}
		}
		long total = selected.stream().mapToLong(Applicant::points).sum();
		boolean optimal = phase1Optimal && status == CpSolverStatus.OPTIMAL;
		double bound = Math.floor(solver.bestObjectiveBound() + 1e-6);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Proposal(List.copyOf(selected), total / 100.0, optimal, optimal ? total / 100.0 : bound / 100.0,
				optimal ? "OPTIMAL" : status.name(), millis, LeftOutReasons.explain(applicants, selected, constraints));
	}

	private void refuseWithoutSolution(CpSolverStatus status, List<Applicant> applicants, CurationConstraints constraints) {
		if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
			throw new CurationInfeasibleException(shortfalls(applicants, constraints));
		}
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			throw new RuleRefusedException("exhibitor.curation.no-solution", timeLimit.toSeconds());
		}
	}

	/** What no selection can reach: a model with a slack per coverage constraint that minimises the total shortfall. */
	List<Shortfall> shortfalls(List<Applicant> applicants, CurationConstraints constraints) {
		load();
		Model m = new Model(applicants, constraints, true);
		m.model.minimize(LinearExpr.sum(m.slacks.values().toArray(new LinearArgument[0])));
		CpSolver solver = solver();
		CpSolverStatus status = solver.solve(m.model);
		List<Shortfall> shortfalls = new ArrayList<>();
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return shortfalls;
		}
		m.slacks.forEach((name, slack) -> {
			int short_ = (int) solver.value(slack);
			if (short_ > 0) {
				int required = m.required.get(name);
				shortfalls.add(new Shortfall(name, required, required - short_, m.available.get(name), short_));
			}
		});
		return shortfalls;
	}

	private CpSolver solver() {
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(workers)
			.setRandomSeed(1);
		return solver;
	}

	/** The constraints as a CP-SAT model; with {@code slack}, coverage constraints may fall short by a slack variable. */
	private static final class Model {

		final CpModel model = new CpModel();
		final BoolVar[] x;
		final Map<String, IntVar> slacks = new LinkedHashMap<>();
		final Map<String, Integer> required = new HashMap<>();
		final Map<String, Integer> available = new HashMap<>();

		Model(List<Applicant> applicants, CurationConstraints c, boolean slack) {
			x = new BoolVar[applicants.size()];
			for (int i = 0; i < x.length; i++) {
				x[i] = model.newBoolVar("x" + applicants.get(i).id());
			}
			model.addLessOrEqual(LinearExpr.sum(x), c.booths());
			Map<Long, List<BoolVar>> bySentra = new HashMap<>();
			Map<String, List<BoolVar>> byProvince = new LinkedHashMap<>();
			for (int i = 0; i < x.length; i++) {
				Applicant a = applicants.get(i);
				if (a.sentraId() != null) {
					bySentra.computeIfAbsent(a.sentraId(), k -> new ArrayList<>()).add(x[i]);
				}
				byProvince.computeIfAbsent(a.provinceCode(), k -> new ArrayList<>()).add(x[i]);
			}
			bySentra.values().forEach(members -> model.addLessOrEqual(LinearExpr.sum(members.toArray(new BoolVar[0])),
					c.maxPerSentra()));
			List<BoolVar> represented = new ArrayList<>();
			byProvince.forEach((province, members) -> {
				BoolVar y = model.newBoolVar("p" + province);
				model.addLessOrEqual(y, LinearExpr.sum(members.toArray(new BoolVar[0])));
				represented.add(y);
			});
			atLeast("minProvinces", represented, c.minProvinces(), byProvince.size(), slack);
			List<BoolVar> prison = select(applicants, Applicant::prisonUnit);
			model.addLessOrEqual(LinearExpr.sum(prison.toArray(new BoolVar[0])), c.prisonUnitPlaces());
			atLeast("prisonUnitPlaces", prison, c.prisonUnitPlaces(), prison.size(), slack);
			for (ProductCategory category : ProductCategory.values()) {
				int minimum = c.minimumOf(category);
				if (minimum > 0) {
					List<BoolVar> showing = select(applicants, a -> a.categories().contains(category));
					atLeast("categoryMinimums." + category, showing, minimum, showing.size(), slack);
				}
			}
		}

		private List<BoolVar> select(List<Applicant> applicants, Predicate<Applicant> test) {
			List<BoolVar> vars = new ArrayList<>();
			for (int i = 0; i < x.length; i++) {
				if (test.test(applicants.get(i))) {
					vars.add(x[i]);
				}
			}
			return vars;
		}

		private void atLeast(String name, List<BoolVar> vars, int minimum, int offered, boolean withSlack) {
			LinearExpr sum = LinearExpr.sum(vars.toArray(new BoolVar[0]));
			if (!withSlack) {
				model.addGreaterOrEqual(sum, minimum);
				return;
			}
			IntVar s = model.newIntVar(0, minimum, "short-" + name);
			model.addGreaterOrEqual(LinearExpr.newBuilder().add(sum).add(s).build(), minimum);
			slacks.put(name, s);
			required.put(name, minimum);
			available.put(name, offered);
		}
	}
}
