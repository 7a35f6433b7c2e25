package id.canting.matching.internal.recommend;

import java.util.ArrayList;
import java.util.List;

import id.canting.matching.VolumeUnit;

/**
 * The two halves of a recommendation's summary sentence: what the buyer wants (batik cap, kain, 3.000
 * m/bulan, wajib Batikmark) and what the IKM offers (cap, Batikmark, 5.000 m/bulan).
 */
final class Describe {

	private Describe() {
	}

	static Phrase wants(BuyerInterest buyer) {
		List<Phrase> parts = new ArrayList<>();
		parts.add(buyer.techniques().isEmpty() ? Phrase.of("want.any-technique")
				: Phrase.of("want.techniques", FitRules.labels("technique", buyer.techniques())));
		if (!buyer.categories().isEmpty()) {
			parts.add(FitRules.labels("category", buyer.categories()));
		}
		if (buyer.volumePerMonth() != null && buyer.volumePerMonth() > 0) {
			parts.add(perMonth(buyer.volumePerMonth(), buyer.volumeUnit()));
		}
		if (buyer.priceMinIdr() != null || buyer.priceMaxIdr() != null) {
			parts.add(range(buyer.priceMinIdr(), buyer.priceMaxIdr()));
		}
		if (buyer.batikmarkRequired()) {
			parts.add(Phrase.of("want.batikmark-required"));
		}
		return Phrase.list(parts);
	}

	static Phrase offers(SellerOffer seller, VolumeUnit buyerUnit) {
		List<Phrase> parts = new ArrayList<>();
		parts.add(seller.techniques().isEmpty() ? Phrase.of("offer.no-technique")
				: FitRules.labels("technique", seller.techniques()));
		if (!seller.categories().isEmpty()) {
			parts.add(FitRules.labels("category", seller.categories()));
		}
		parts.add(Phrase.of("offer.batikmark." + seller.batikmark().name()));
		if (seller.capacityPerMonth() != null) {
			parts.add(perMonth(seller.capacityPerMonth(),
					seller.capacityUnit() == null ? buyerUnit : seller.capacityUnit()));
		}
		if (seller.priceMinIdr() != null || seller.priceMaxIdr() != null) {
			parts.add(range(seller.priceMinIdr(), seller.priceMaxIdr()));
		}
		return Phrase.list(parts);
	}

	/** An amount per month with its unit (3.000 m/bulan; 500 potong/bulan), or without one when it is not known. */
	static Phrase perMonth(int amount, VolumeUnit unit) {
		return Phrase.of(unit == null ? "per-month.none" : "per-month." + unit.name(), amount);
	}

	/** A price range per unit (Rp50.000–Rp150.000), or its one bound (mulai Rp50.000; hingga Rp150.000). */
	static Phrase range(Long min, Long max) {
		if (min != null && max != null) {
			return Phrase.of("price.range", min, max);
		}
		return min != null ? Phrase.of("price.from", min) : Phrase.of("price.up-to", max);
	}
}
