package id.canting.event.exhibitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.canting.registry.ProductCategory;

/**
 * Re-checks a selection the curator changed by hand against the constraints, listing every violation
 * (message keys {@code exhibitor.curation.violation.*}); an empty list means it may be published. The
 * preference for new exhibitors over last edition's is the solver's order, not a constraint: a curator
 * may bring back a previous exhibitor by hand.
 */
public final class CurationCheck {

	private CurationCheck() {
	}

	/** One broken constraint of a selection, as a message key and its arguments. */
	public record Violation(String constraint, String messageKey, List<Object> arguments) {
	}

	public static List<Violation> violations(List<Applicant> applicants, Set<Long> selectedIds, CurationConstraints c) {
		List<Applicant> selected = applicants.stream().filter(a -> selectedIds.contains(a.id())).toList();
		List<Violation> violations = new ArrayList<>();
		if (selected.size() > c.booths()) {
			violations.add(violation("booths", "booths", selected.size(), c.booths()));
		}
		long provinces = selected.stream().map(Applicant::provinceCode).distinct().count();
		if (provinces < c.minProvinces()) {
			violations.add(violation("minProvinces", "provinces", provinces, c.minProvinces()));
		}
		long prison = selected.stream().filter(Applicant::prisonUnit).count();
		if (prison != c.prisonUnitPlaces()) {
			violations.add(violation("prisonUnitPlaces", "prison", prison, c.prisonUnitPlaces()));
		}
		for (ProductCategory category : ProductCategory.values()) {
			long showing = selected.stream().filter(a -> a.categories().contains(category)).count();
			if (showing < c.minimumOf(category)) {
				violations.add(violation("categoryMinimums." + category, "category", category.name(), showing,
						c.minimumOf(category)));
			}
		}
		Map<Long, List<Applicant>> bySentra = selected.stream().filter(a -> a.sentraId() != null)
			.collect(Collectors.groupingBy(Applicant::sentraId));
		bySentra.values().stream().filter(members -> members.size() > c.maxPerSentra())
			.forEach(members -> violations.add(violation("maxPerSentra", "sentra", members.get(0).sentraName(),
					members.size(), c.maxPerSentra())));
		return violations;
	}

	private static Violation violation(String constraint, String key, Object... arguments) {
		return new Violation(constraint, "exhibitor.curation.violation." + key, List.of(arguments));
	}
}
