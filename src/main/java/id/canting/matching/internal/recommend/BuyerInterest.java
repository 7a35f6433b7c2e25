package id.canting.matching.internal.recommend;

import java.util.Set;

import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * What a buyer looks for, as the recommender reads it: the techniques and categories wanted (empty: any),
 * the volume per month in its unit ({@code METRE} or {@code PIECE}; null: not stated), the price range per
 * unit in rupiah (either bound may be open), and whether only Batikmark holders will do.
 *
 * @param buyerType the buyer's kind (retailer, exporter, …) as its code; not scored, shown to sellers
 * @param provinceCode the Kemendagri province code, null for buyers from abroad
 */
public record BuyerInterest(long participantId, String company, String buyerType, String countryCode,
		String provinceCode, Set<Technique> techniques, Set<ProductCategory> categories, Integer volumePerMonth,
		String volumeUnit, Long priceMinIdr, Long priceMaxIdr, boolean batikmarkRequired) {

	public BuyerInterest {
		techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
		categories = categories == null ? Set.of() : Set.copyOf(categories);
	}
}
