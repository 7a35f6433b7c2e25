package id.canting.matching.internal.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks sellers for a buyer and buyers for a seller by the {@link FitRules} and their
 * {@link RecommendationWeights}; a pair scores the same from either side. A buyer who requires Batikmark
 * never sees, nor is shown to, an IKM that does not hold it: such pairs are counted, not ranked. Ties in
 * points go to the name (case-insensitive), then to the lower participant id, so a ranking never depends
 * on the order the candidates came in.
 */
public class Recommender {

	static final Comparator<Recommendation> RANKING = Comparator.comparingDouble(Recommendation::points).reversed()
		.thenComparing(Recommendation::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
		.thenComparing(Recommendation::name, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Recommendation::participantId);

	private final RecommendationWeights weights;

	public Recommender(RecommendationWeights weights) {
		this.weights = weights;
	}

	/** The weights this recommender scores with. */
	public RecommendationWeights weights() {
		return weights;
	}

	/** The sellers ranked for a buyer, best first; IKM without a Batikmark the buyer requires are counted. */
	public Recommendations sellersFor(BuyerInterest buyer, Collection<SellerOffer> sellers) {
		List<Recommendation> ranked = new ArrayList<>();
		int withoutBatikmark = 0;
		for (SellerOffer seller : sellers) {
			if (FitRules.batikmarkMissing(buyer, seller)) {
				withoutBatikmark++;
				continue;
			}
			ranked.add(recommendation(seller.participantId(), seller.name(), buyer, seller,
					Phrase.of("summary.buyer-view", Describe.wants(buyer), Describe.offers(seller, buyer.volumeUnit()))));
		}
		ranked.sort(RANKING);
		return new Recommendations(ranked, withoutBatikmark == 0 ? List.of()
				: List.of(notShown("batikmark-required", withoutBatikmark, "not-shown.sellers-without-batikmark")));
	}

	/** The buyers ranked for a seller, best first; buyers requiring a Batikmark the IKM lacks are counted. */
	public Recommendations buyersFor(SellerOffer seller, Collection<BuyerInterest> buyers) {
		List<Recommendation> ranked = new ArrayList<>();
		int requiringBatikmark = 0;
		for (BuyerInterest buyer : buyers) {
			if (FitRules.batikmarkMissing(buyer, seller)) {
				requiringBatikmark++;
				continue;
			}
			ranked.add(recommendation(buyer.participantId(), buyer.company(), buyer, seller, Phrase
				.of("summary.seller-view", Describe.wants(buyer), Describe.offers(seller, buyer.volumeUnit()))));
		}
		ranked.sort(RANKING);
		return new Recommendations(ranked, requiringBatikmark == 0 ? List.of()
				: List.of(notShown("batikmark-required", requiringBatikmark, "not-shown.buyers-requiring-batikmark")));
	}

	/** The pair's score, 0–100, whichever side looks (a pair the Batikmark rule leaves out scores 0). */
	public int score(BuyerInterest buyer, SellerOffer seller) {
		if (FitRules.batikmarkMissing(buyer, seller)) {
			return 0;
		}
		return scaled(FitRules.score(buyer, seller, weights).stream().mapToDouble(RuleScore::points).sum());
	}

	private Recommendation recommendation(long id, String name, BuyerInterest buyer, SellerOffer seller,
			Phrase summary) {
		List<RuleScore> rules = FitRules.score(buyer, seller, weights);
		double points = rules.stream().mapToDouble(RuleScore::points).sum();
		return new Recommendation(id, name, scaled(points), points, summary, rules);
	}

	private int scaled(double points) {
		return (int) Math.round(100 * points / weights.total());
	}

	private static Recommendations.NotShown notShown(String reason, int count, String key) {
		return new Recommendations.NotShown(reason, count, Phrase.of(key, count));
	}
}
