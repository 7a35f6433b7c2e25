package id.canting.matching.internal.recommend;

import java.util.Set;

import id.canting.matching.BuyerType;
import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * What a buyer looks for, as the recommender reads it: the techniques and categories wanted (empty: any),
 * the volume per month in its unit (metres or pieces; null: not stated), the price range per
 * unit in rupiah (either bound may be open), and whether only Batikmark holders will do.
 *
 * @param buyerType the buyer's kind (retailer, exporter, …); not scored (the organiser's type rules are
 *        applied before, as a Batikmark requirement), shown to sellers
 * @param provinceCode the Kemendagri province code, null for buyers from abroad
 */
public record BuyerInterest(long participantId, String company, BuyerType buyerType, String countryCode,
		String provinceCode, Set<Technique> techniques, Set<ProductCategory> categories, Integer volumePerMonth,
		VolumeUnit volumeUnit, Long priceMinIdr, Long priceMaxIdr, boolean batikmarkRequired) {

	public BuyerInterest {
		techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
		categories = categories == null ? Set.of() : Set.copyOf(categories);
	}
}
