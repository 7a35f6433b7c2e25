package id.canting.event.exhibitor.internal;

import java.util.Set;

import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * What an owner states in an exhibitor application, before {@link ExhibitorRules} checks it.
 * Empty techniques or categories mean: as in the registry.
 */
public record ExhibitorInput(Long ikmId, String products, Set<ProductCategory> categories, Set<Technique> techniques,
		Set<BoothNeed> boothNeeds, String boothNotes) {

	public ExhibitorInput {
		categories = categories == null ? Set.of() : Set.copyOf(categories);
		techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
		boothNeeds = boothNeeds == null ? Set.of() : Set.copyOf(boothNeeds);
	}
}
