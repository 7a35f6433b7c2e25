package id.canting.matching.internal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import id.canting.certification.BatikmarkStanding;
import id.canting.matching.BuyerType;
import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * On random buyers and sellers: adding a wanted technique or category to an IKM's offer, or more capacity,
 * never lowers its score; scores stay within 0–100 and agree from both sides; the ranking is a total order
 * that does not depend on the order of the candidates.
 */
class RecommenderProperties {

	private final Recommender recommender = new Recommender(RecommendationWeights.DEFAULTS);

	@Property(tries = 300)
	void addingAWantedTechniqueNeverLowersTheScore(@ForAll("buyers") BuyerInterest buyer,
			@ForAll("sellers") SellerOffer seller, @ForAll Technique added) {
		Set<Technique> more = EnumSet.of(added);
		more.addAll(seller.techniques());
		SellerOffer richer = new SellerOffer(seller.participantId(), seller.name(), seller.provinceCode(), more,
				seller.categories(), seller.capacityPerMonth(), seller.capacityUnit(), seller.batikmark(),
				seller.priceMinIdr(), seller.priceMaxIdr(), seller.exhibitor(), seller.booth());

		assertThat(recommender.score(buyer, richer)).isGreaterThanOrEqualTo(recommender.score(buyer, seller));
	}

	@Property(tries = 300)
	void addingACategoryOrCapacityNeverLowersTheScore(@ForAll("buyers") BuyerInterest buyer,
			@ForAll("sellers") SellerOffer seller, @ForAll ProductCategory added) {
		Set<ProductCategory> more = EnumSet.of(added);
		more.addAll(seller.categories());
		Integer capacity = seller.capacityPerMonth() == null ? null : seller.capacityPerMonth() + 1000;
		SellerOffer richer = new SellerOffer(seller.participantId(), seller.name(), seller.provinceCode(),
				seller.techniques(), more, capacity, seller.capacityUnit(), seller.batikmark(), seller.priceMinIdr(),
				seller.priceMaxIdr(), seller.exhibitor(), seller.booth());

		assertThat(recommender.score(buyer, richer)).isGreaterThanOrEqualTo(recommender.score(buyer, seller));
	}

	@Property(tries = 200)
	void scoresStayWithinBoundsAndAgreeFromBothSides(@ForAll("buyers") BuyerInterest buyer,
			@ForAll("sellers") SellerOffer seller) {
		List<Recommendation> forBuyer = recommender.sellersFor(buyer, List.of(seller)).ranked();
		List<Recommendation> forSeller = recommender.buyersFor(seller, List.of(buyer)).ranked();

		assertThat(forBuyer).hasSameSizeAs(forSeller);
		if (!forBuyer.isEmpty()) {
			assertThat(forBuyer.get(0).score()).isBetween(0, 100).isEqualTo(forSeller.get(0).score());
			assertThat(forBuyer.get(0).rules()).hasSize(Rule.values().length);
		}
	}

	@Property(tries = 150)
	void rankingIsATotalOrderIndependentOfInputOrder(@ForAll("buyers") BuyerInterest buyer,
			@ForAll("sellerLists") List<SellerOffer> sellers, @ForAll long seed) {
		List<SellerOffer> shuffled = new ArrayList<>(sellers);
		Collections.shuffle(shuffled, new Random(seed));

		Recommendations once = recommender.sellersFor(buyer, sellers);
		Recommendations again = recommender.sellersFor(buyer, shuffled);

		assertThat(again.ranked()).isEqualTo(once.ranked());
		assertThat(once.ranked().size() + once.notShown().stream().mapToInt(Recommendations.NotShown::count).sum())
			.isEqualTo(sellers.size());
		for (int i = 1; i < once.ranked().size(); i++) {
			Recommendation before = once.ranked().get(i - 1);
			Recommendation after = once.ranked().get(i);
			assertThat(Recommender.RANKING.compare(before, after)).isNegative();
			assertThat(before.score()).isGreaterThanOrEqualTo(after.score());
		}
	}

	@Provide
	Arbitrary<BuyerInterest> buyers() {
		Arbitrary<Set<Technique>> techniques = Arbitraries.of(Technique.class).set();
		Arbitrary<Set<ProductCategory>> categories = Arbitraries.of(ProductCategory.class).set();
		Arbitrary<Integer> volume = Arbitraries.integers().between(1, 20_000).injectNull(0.2);
		Arbitrary<VolumeUnit> unit = Arbitraries.of(VolumeUnit.METRE, VolumeUnit.PIECE);
		Arbitrary<Long> price = Arbitraries.longs().between(10_000, 1_000_000).injectNull(0.3);
		Arbitrary<String> province = Arbitraries.of("31", "33", "35").injectNull(0.2);
		return Combinators.combine(techniques, categories, volume, unit, price, price, Arbitraries.of(true, false), province)
			.as((t, c, v, u, p1, p2, bm, prov) -> new BuyerInterest(1, "Buyer", BuyerType.RETAILER, "ID", prov, t, c, v, u,
					min(p1, p2), max(p1, p2), bm));
	}

	@Provide
	Arbitrary<SellerOffer> sellers() {
		return sellers(Arbitraries.longs().between(1, 1_000_000));
	}

	@Provide
	Arbitrary<List<SellerOffer>> sellerLists() {
		return sellers(Arbitraries.longs().between(1, 1_000_000)).list().ofMaxSize(12)
			.uniqueElements(SellerOffer::participantId);
	}

	private static Arbitrary<SellerOffer> sellers(Arbitrary<Long> ids) {
		Arbitrary<Set<Technique>> techniques = Arbitraries.of(Technique.class).set();
		Arbitrary<Set<ProductCategory>> categories = Arbitraries.of(ProductCategory.class).set();
		Arbitrary<Integer> capacity = Arbitraries.integers().between(0, 20_000).injectNull(0.2);
		Arbitrary<VolumeUnit> unit = Arbitraries.of(VolumeUnit.METRE, VolumeUnit.PIECE).injectNull(0.5);
		Arbitrary<Long> price = Arbitraries.longs().between(10_000, 1_000_000).injectNull(0.3);
		Arbitrary<String> name = Arbitraries.of("Batik Asri", "batik asri", "Batik Citra", "Sekar Jagad");
		Arbitrary<String> booth = Arbitraries.of("A1", "B2").injectNull(0.5);
		Arbitrary<BatikmarkStanding> standing = Arbitraries.of(BatikmarkStanding.class);
		return Combinators.combine(ids, name, techniques, categories, capacity, unit, standing, price)
			.flatAs((id, n, t, c, cap, u, bm, p1) -> Combinators.combine(price, booth, Arbitraries.of("31", "33", "35"))
				.as((p2, b, prov) -> new SellerOffer(id, n, prov, t, c, cap, u, bm, min(p1, p2), max(p1, p2), b != null, b)));
	}

	private static Long min(Long a, Long b) {
		return a == null || b == null ? a : Long.valueOf(Math.min(a, b));
	}

	private static Long max(Long a, Long b) {
		return a == null || b == null ? b : Long.valueOf(Math.max(a, b));
	}
}
