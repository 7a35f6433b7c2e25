package id.canting.event.exhibitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import id.canting.registry.ProductCategory;

/**
 * On random instances of up to 12 applicants: a proposal never breaks a constraint, and a brute force
 * over every subset finds no selection better by the lexicographic objective (new exhibitors, then score);
 * when the solver says infeasible, no subset meets the constraints either.
 */
class CurationProperties {

	private final CurationSolver solver = new CurationSolver(Duration.ofSeconds(10), 1);

	@Property(tries = 150)
	void proposalIsFeasibleAndNoSubsetIsBetter(@ForAll("instances") Instance instance) {
		long[] best = bruteForce(instance);
		try {
			Proposal proposal = solver.propose(instance.applicants, instance.constraints);
			Set<Long> ids = new HashSet<>();
			proposal.selected().forEach(a -> ids.add(a.id()));
			assertThat(CurationCheck.violations(instance.applicants, ids, instance.constraints)).isEmpty();
			assertThat(proposal.optimal()).isTrue();
			long newCount = proposal.selected().stream().filter(a -> !a.previousEdition()).count();
			long points = proposal.selected().stream().mapToLong(Applicant::points).sum();
			assertThat(new long[] { newCount, points }).containsExactly(best);
			assertThat(proposal.leftOut()).hasSize(instance.applicants.size() - proposal.selected().size());
		}
		catch (CurationInfeasibleException e) {
			assertThat(best).as("a feasible subset exists").isNull();
			assertThat(e.shortfalls()).isNotEmpty();
		}
	}

	private static long[] bruteForce(Instance instance) {
		List<Applicant> all = instance.applicants;
		long[] best = null;
		for (int mask = 0; mask < (1 << all.size()); mask++) {
			Set<Long> ids = new HashSet<>();
			long newCount = 0;
			long points = 0;
			for (int i = 0; i < all.size(); i++) {
				if ((mask & (1 << i)) != 0) {
					ids.add(all.get(i).id());
					newCount += all.get(i).previousEdition() ? 0 : 1;
					points += all.get(i).points();
				}
			}
			if (CurationCheck.violations(all, ids, instance.constraints).isEmpty()
					&& (best == null || newCount > best[0] || newCount == best[0] && points > best[1])) {
				best = new long[] { newCount, points };
			}
		}
		return best;
	}

	record Instance(List<Applicant> applicants, CurationConstraints constraints) {
	}

	@Provide
	Arbitrary<Instance> instances() {
		Arbitrary<Applicant> applicant = Combinators.combine(Arbitraries.integers().between(0, 1000),
				Arbitraries.of("31", "32", "33", "34"), Arbitraries.integers().between(0, 3),
				Arbitraries.integers().between(0, 5), Arbitraries.subsetOf(ProductCategory.values()).ofMinSize(1),
				Arbitraries.integers().between(0, 4))
			.as((points, province, sentra, prison, categories, previous) -> new Applicant(0, "IKM", points / 100.0,
					province, sentra == 0 ? null : (long) sentra, "Sentra " + sentra, prison == 0,
					EnumSet.copyOf(categories), previous == 0));
		Arbitrary<List<Applicant>> list = applicant.list().ofMinSize(1).ofMaxSize(12).map(applicants -> {
			List<Applicant> numbered = new ArrayList<>();
			for (int i = 0; i < applicants.size(); i++) {
				Applicant a = applicants.get(i);
				numbered.add(new Applicant(i + 1, "IKM " + (i + 1), a.score(), a.provinceCode(), a.sentraId(),
						a.sentraName(), a.prisonUnit(), a.categories(), a.previousEdition()));
			}
			return numbered;
		});
		Arbitrary<CurationConstraints> constraints = Combinators.combine(Arbitraries.integers().between(1, 8),
				Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2),
				Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 2),
				Arbitraries.integers().between(0, 2))
			.as((booths, provinces, prison, perSentra, accessories, clothing) -> new CurationConstraints(booths,
					provinces, prison, Map.of(ProductCategory.ACCESSORY, accessories, ProductCategory.CLOTHING, clothing),
					perSentra));
		return Combinators.combine(list, constraints).as(Instance::new);
	}
}
