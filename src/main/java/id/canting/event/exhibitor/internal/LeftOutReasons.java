package id.canting.event.exhibitor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.canting.registry.ProductCategory;

/**
 * Why an applicant is not in an optimal selection, in the order the constraints bind: the prison-unit
 * places are filled; the sentra's places went to higher-scored members; it exhibited at the previous
 * edition and the places went to new exhibitors; its score is below the last selected; or a lower-scored
 * applicant holds a place because a province or category minimum needs it. Message keys
 * {@code exhibitor.curation.reason.*}.
 */
final class LeftOutReasons {

	private LeftOutReasons() {
	}

	static List<Proposal.LeftOut> explain(List<Applicant> applicants, List<Applicant> selected, CurationConstraints c) {
		Set<Long> chosen = selected.stream().map(Applicant::id).collect(Collectors.toSet());
		List<Applicant> regular = selected.stream().filter(a -> !a.prisonUnit()).toList();
		long lowestRegular = regular.stream().mapToLong(Applicant::points).min().orElse(Long.MAX_VALUE);
		long lowestPrison = selected.stream().filter(Applicant::prisonUnit).mapToLong(Applicant::points).min().orElse(0);
		long prisonSelected = selected.size() - regular.size();
		boolean newSelected = regular.stream().anyMatch(a -> !a.previousEdition());
		Map<Long, List<Applicant>> bySentra = selected.stream().filter(a -> a.sentraId() != null)
			.collect(Collectors.groupingBy(Applicant::sentraId));
		Map<String, Long> perProvince = selected.stream()
			.collect(Collectors.groupingBy(Applicant::provinceCode, Collectors.counting()));
		List<Proposal.LeftOut> out = new ArrayList<>();
		applicants.stream().filter(a -> !chosen.contains(a.id()))
			.sorted(Comparator.comparingDouble(Applicant::score).reversed().thenComparing(Applicant::id))
			.forEach(a -> out.add(reason(a, c, selected, bySentra, perProvince, prisonSelected, lowestPrison,
					lowestRegular, newSelected)));
		return out;
	}

	private static Proposal.LeftOut reason(Applicant a, CurationConstraints c, List<Applicant> selected,
			Map<Long, List<Applicant>> bySentra, Map<String, Long> perProvince, long prisonSelected, long lowestPrison,
			long lowestRegular, boolean newSelected) {
		if (a.prisonUnit()) {
			if (c.prisonUnitPlaces() == 0) {
				return leftOut(a, "no-prison-places");
			}
			return leftOut(a, "prison-places-filled", c.prisonUnitPlaces(), lowestPrison / 100.0);
		}
		List<Applicant> sameSentra = a.sentraId() == null ? List.of() : bySentra.getOrDefault(a.sentraId(), List.of());
		if (sameSentra.size() >= c.maxPerSentra()) {
			return leftOut(a, "sentra-full", a.sentraName(), c.maxPerSentra(),
					sameSentra.stream().map(Applicant::ikmName).sorted().collect(Collectors.joining(", ")));
		}
		if (a.previousEdition() && newSelected) {
			return leftOut(a, "previous-edition");
		}
		if (a.points() <= lowestRegular) {
			return leftOut(a, "lower-score", lowestRegular / 100.0);
		}
		// a scores above a selected applicant: that one holds its place for a minimum it alone meets
		long provinces = perProvince.size();
		for (Applicant b : selected.stream().filter(b -> !b.prisonUnit() && b.points() < a.points())
			.sorted(Comparator.comparingLong(Applicant::points)).toList()) {
			boolean soleOfProvince = perProvince.get(b.provinceCode()) == 1 && !Objects.equals(b.provinceCode(), a.provinceCode());
			if (soleOfProvince && provinces <= c.minProvinces() && perProvince.containsKey(a.provinceCode())) {
				return leftOut(a, "needed-province", b.ikmName(), b.score(), c.minProvinces());
			}
			for (ProductCategory category : b.categories()) {
				long showing = selected.stream().filter(s -> s.categories().contains(category)).count();
				if (!a.categories().contains(category) && showing <= c.minimumOf(category)) {
					return leftOut(a, "needed-category", b.ikmName(), b.score(), category.name());
				}
			}
		}
		return leftOut(a, "combination");
	}

	private static Proposal.LeftOut leftOut(Applicant a, String reason, Object... arguments) {
		return new Proposal.LeftOut(a, reason, List.of(arguments));
	}

}
