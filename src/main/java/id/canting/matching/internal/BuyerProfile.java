package id.canting.matching.internal;

import java.util.Set;

import id.canting.matching.BuyerType;
import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/** What a buyer tells sellers about themselves and what they look for. */
public record BuyerProfile(String companyName, String contactName, String email, String phone, BuyerType buyerType,
		String countryCode, String provinceCode, Set<Technique> techniques, Set<ProductCategory> categories,
		Integer volumePerMonth, VolumeUnit volumeUnit, Long priceMinIdr, Long priceMaxIdr,
		boolean batikmarkRequired) {

	public BuyerProfile {
		techniques = Set.copyOf(techniques);
		categories = Set.copyOf(categories);
	}
}
