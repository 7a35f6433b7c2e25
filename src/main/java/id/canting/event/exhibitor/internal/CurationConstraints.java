package id.canting.event.exhibitor.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.canting.registry.ProductCategory;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * What a selection of exhibitors must respect: at most {@code booths} exhibitors; exhibitors from at
 * least {@code minProvinces} provinces; exactly {@code prisonUnitPlaces} prison units (places reserved
 * for them, which other IKM do not take); at least {@code categoryMinimums[c]} exhibitors showing
 * category c; at most {@code maxPerSentra} exhibitors from one sentra. IKM that exhibited at the
 * previous edition are chosen only where places remain after new exhibitors (lexicographic).
 */
public record CurationConstraints(int booths, int minProvinces, int prisonUnitPlaces,
		Map<ProductCategory, Integer> categoryMinimums, int maxPerSentra) {

	/** Largest number of booths an event may have. */
	public static final int MAX_BOOTHS = 2_000;

	public CurationConstraints {
		categoryMinimums = categoryMinimums == null || categoryMinimums.isEmpty() ? Map.of()
				: Map.copyOf(new EnumMap<>(categoryMinimums));
	}

	/** @throws InvalidInputException naming each field out of range */
	public CurationConstraints checked() {
		List<FieldViolation> violations = new ArrayList<>();
		if (booths < 1 || booths > MAX_BOOTHS) {
			violations.add(FieldViolation.of("booths", "exhibitor.curation.validation.booths", MAX_BOOTHS));
		}
		if (minProvinces < 0 || minProvinces > 38) {
			violations.add(FieldViolation.of("minProvinces", "exhibitor.curation.validation.provinces", 38));
		}
		if (prisonUnitPlaces < 0 || prisonUnitPlaces > MAX_BOOTHS) {
			violations.add(FieldViolation.of("prisonUnitPlaces", "exhibitor.curation.validation.count", MAX_BOOTHS));
		}
		if (maxPerSentra < 1 || maxPerSentra > MAX_BOOTHS) {
			violations.add(FieldViolation.of("maxPerSentra", "exhibitor.curation.validation.sentra", MAX_BOOTHS));
		}
		categoryMinimums.forEach((category, minimum) -> {
			if (minimum == null || minimum < 0 || minimum > MAX_BOOTHS) {
				violations.add(FieldViolation.of("categoryMinimums." + category, "exhibitor.curation.validation.count",
						MAX_BOOTHS));
			}
		});
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return this;
	}

	int minimumOf(ProductCategory category) {
		return categoryMinimums.getOrDefault(category, 0);
	}
}
