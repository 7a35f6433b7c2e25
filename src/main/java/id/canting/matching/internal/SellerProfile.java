package id.canting.matching.internal;

import java.util.Set;

import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * What a seller offers: the registry's facts (name, province, techniques, categories, capacity) and the
 * owner's own words (products, price range).
 */
public record SellerProfile(String companyName, String contactName, String email, String phone,
		String provinceCode, Set<Technique> techniques, Set<ProductCategory> categories, Integer capacityPerMonth,
		VolumeUnit capacityUnit, String products, Long priceMinIdr, Long priceMaxIdr) {

	public SellerProfile {
		techniques = Set.copyOf(techniques);
		categories = Set.copyOf(categories);
	}
}
