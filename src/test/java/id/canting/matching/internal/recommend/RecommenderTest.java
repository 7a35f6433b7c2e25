package id.canting.matching.internal.recommend;

import static id.canting.matching.internal.recommend.Counterparts.aBuyer;
import static id.canting.matching.internal.recommend.Counterparts.aSeller;
import static id.canting.matching.VolumeUnit.METRE;
import static id.canting.registry.ProductCategory.CLOTHING;
import static id.canting.registry.ProductCategory.FABRIC;
import static id.canting.registry.Technique.CAP;
import static id.canting.registry.Technique.TULIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.certification.BatikmarkStanding;

/** Rankings on hand-made instances: order, scores, ties, the Batikmark filter and its count. */
class RecommenderTest {

	private final Recommender recommender = new Recommender(RecommendationWeights.DEFAULTS);

	private final BuyerInterest hajjBuyer = aBuyer().id(1).wanting(CAP).wantingCategories(FABRIC).volume(3000, METRE)
		.price(40_000L, 80_000L).requiringBatikmark().inProvince("31").build();

	@Test
	void ranksTheIkmThatFitsEveryRuleFirstWithFullScore() {
		SellerOffer perfect = aSeller().id(10).named("Batik Cap Pekalongan").inProvince("31").making(CAP)
			.makingCategories(FABRIC).capacity(5000, METRE).batikmark(BatikmarkStanding.CERTIFIED).price(60_000L, 90_000L)
			.atBooth("A1").build();
		SellerOffer small = aSeller().id(11).named("Batik Kecil").making(CAP).makingCategories(FABRIC).capacity(1500, METRE)
			.batikmark(BatikmarkStanding.CERTIFIED).price(60_000L, 90_000L).build();
		SellerOffer tulis = aSeller().id(12).named("Batik Tulis Lasem").making(TULIS).makingCategories(FABRIC, CLOTHING)
			.capacity(200, METRE).batikmark(BatikmarkStanding.CERTIFIED).price(300_000L, 2_000_000L).build();

		Recommendations result = recommender.sellersFor(hajjBuyer, List.of(tulis, small, perfect));

		assertThat(result.ranked()).extracting(Recommendation::participantId).containsExactly(10L, 11L, 12L);
		assertThat(result.ranked()).extracting(Recommendation::score).containsExactly(100, 85, 36);
		assertThat(result.notShown()).isEmpty();
		Recommendation last = result.ranked().get(2);
		assertThat(last.mismatches()).extracting(RuleScore::rule).containsExactly(Rule.TECHNIQUE, Rule.PRICE);
		assertThat(last.matches()).extracting(RuleScore::rule).containsExactly(Rule.CATEGORY, Rule.BATIKMARK);
		assertThat(last.partly()).extracting(RuleScore::rule).containsExactly(Rule.CAPACITY);
	}

	@Test
	void leavesOutAndCountsIkmWithoutTheRequiredBatikmark() {
		Recommendations result = recommender.sellersFor(hajjBuyer,
				List.of(aSeller().id(10).making(CAP).batikmark(BatikmarkStanding.IN_PROCESS).build(),
						aSeller().id(11).making(CAP).batikmark(BatikmarkStanding.NONE).build(),
						aSeller().id(12).making(CAP).batikmark(BatikmarkStanding.CERTIFIED).build()));

		assertThat(result.ranked()).extracting(Recommendation::participantId).containsExactly(12L);
		assertThat(result.notShown()).singleElement().satisfies(n -> {
			assertThat(n.reason()).isEqualTo("batikmark-required");
			assertThat(n.count()).isEqualTo(2);
			assertThat(n.phrase()).isEqualTo(Phrase.of("not-shown.sellers-without-batikmark", 2));
		});
	}

	@Test
	void aSellerDoesNotSeeBuyersWhoRequireABatikmarkItLacks() {
		SellerOffer seller = aSeller().id(10).making(CAP).build();

		Recommendations result = recommender.buyersFor(seller,
				List.of(hajjBuyer, aBuyer().id(2).company("Toko Biasa").wanting(CAP).build()));

		assertThat(result.ranked()).extracting(Recommendation::name).containsExactly("Toko Biasa");
		assertThat(result.notShown()).extracting(Recommendations.NotShown::count).containsExactly(1);
	}

	@Test
	void aPairScoresTheSameFromEitherSide() {
		SellerOffer seller = aSeller().id(10).making(CAP).makingCategories(FABRIC).capacity(2000, METRE)
			.batikmark(BatikmarkStanding.CERTIFIED).build();

		int asSeenByBuyer = recommender.sellersFor(hajjBuyer, List.of(seller)).ranked().get(0).score();
		int asSeenBySeller = recommender.buyersFor(seller, List.of(hajjBuyer)).ranked().get(0).score();

		assertThat(asSeenByBuyer).isEqualTo(asSeenBySeller).isEqualTo(recommender.score(hajjBuyer, seller));
	}

	@Test
	void breaksTiesByNameThenById() {
		BuyerInterest buyer = aBuyer().wanting(CAP).build();
		List<SellerOffer> same = List.of(aSeller().id(30).named("batik Citra").making(CAP).build(),
				aSeller().id(20).named("Batik Asri").making(CAP).build(),
				aSeller().id(10).named("Batik Citra").making(CAP).build());

		assertThat(recommender.sellersFor(buyer, same).ranked()).extracting(Recommendation::participantId)
			.containsExactly(20L, 10L, 30L);
	}

	@Test
	void weightsChangeTheOrder() {
		BuyerInterest buyer = aBuyer().wanting(CAP).volume(3000, METRE).build();
		SellerOffer capOnly = aSeller().id(10).named("A").making(CAP).capacity(100, METRE).build();
		SellerOffer bigTulis = aSeller().id(11).named("B").making(TULIS).capacity(9000, METRE).build();

		assertThat(recommender.sellersFor(buyer, List.of(capOnly, bigTulis)).ranked().get(0).participantId()).isEqualTo(10L);
		Recommender capacityFirst = new Recommender(new RecommendationWeights(10, 0, 80, 0, 0, 0, 0));
		assertThat(capacityFirst.sellersFor(buyer, List.of(capOnly, bigTulis)).ranked().get(0).participantId())
			.isEqualTo(11L);
	}

	@Test
	void refusesWeightsOutOfRangeOrAllZero() {
		assertThatThrownBy(() -> new RecommendationWeights(0, 0, 0, 0, 0, 0, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RecommendationWeights(-1, 25, 20, 10, 10, 3, 2))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(RecommendationWeights.DEFAULTS.total()).isEqualTo(100);
	}
}
