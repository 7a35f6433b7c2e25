package id.canting.matching.internal.recommend;

import java.util.Set;

import id.canting.certification.BatikmarkStanding;
import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * What a seller (an IKM) offers, as the recommender reads it: techniques and categories made, production
 * capacity per month (null: not stated) in its unit (null: the registry's count, taken to be in the unit the
 * buyer asks in), Batikmark standing, price range per unit in rupiah, and whether it exhibits at the event
 * (then it meets buyers at its booth, where its products are on show).
 */
public record SellerOffer(long participantId, String name, String provinceCode, Set<Technique> techniques,
		Set<ProductCategory> categories, Integer capacityPerMonth, VolumeUnit capacityUnit, BatikmarkStanding batikmark,
		Long priceMinIdr, Long priceMaxIdr, boolean exhibitor, String booth) {

	public SellerOffer {
		techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
		categories = categories == null ? Set.of() : Set.copyOf(categories);
		batikmark = batikmark == null ? BatikmarkStanding.NONE : batikmark;
	}
}
