package id.canting.event.exhibitor.internal;

import java.util.Set;

import id.canting.registry.ProductCategory;

/**
 * An endorsed application as the curation model sees it. {@code score} is the application's score
 * (0–10, two decimals); {@code sentraId} is null for an IKM outside any sentra (no sentra limit then);
 * {@code previousEdition} says the IKM exhibited at the event's previous edition.
 */
public record Applicant(long id, String ikmName, double score, String provinceCode, Long sentraId, String sentraName,
		boolean prisonUnit, Set<ProductCategory> categories, boolean previousEdition) {

	public Applicant {
		categories = Set.copyOf(categories);
	}

	/** The score in hundredths, as the solver counts it. */
	long points() {
		return Math.round(score * 100);
	}
}
