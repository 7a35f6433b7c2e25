package id.canting.matching.internal.recommend;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much each {@link Rule} counts ({@code canting.matching.recommend.*}); a pair's score is the points it
 * earns over the sum of the weights, 0–100. The defaults put what is made (technique, category) first, then
 * whether the IKM can supply the volume, then Batikmark and price, with small bonuses for a seller from the
 * buyer's province and for one exhibiting at the event. See docs/matching-recommendations.md.
 */
@ConfigurationProperties("canting.matching.recommend")
public record RecommendationWeights(@DefaultValue("30") int technique, @DefaultValue("25") int category,
		@DefaultValue("20") int capacity, @DefaultValue("10") int batikmark, @DefaultValue("10") int price,
		@DefaultValue("3") int province, @DefaultValue("2") int exhibitor) {

	/** The documented defaults. */
	public static final RecommendationWeights DEFAULTS = new RecommendationWeights(30, 25, 20, 10, 10, 3, 2);

	public RecommendationWeights {
		int[] all = { technique, category, capacity, batikmark, price, province, exhibitor };
		int sum = 0;
		for (int weight : all) {
			if (weight < 0 || weight > 100) {
				throw new IllegalArgumentException("canting.matching.recommend: each weight must be 0–100");
			}
			sum += weight;
		}
		if (sum == 0) {
			throw new IllegalArgumentException("canting.matching.recommend: at least one weight must be above 0");
		}
	}

	/** The weight of one rule. */
	public int of(Rule rule) {
		return switch (rule) {
			case TECHNIQUE -> technique;
			case CATEGORY -> category;
			case CAPACITY -> capacity;
			case BATIKMARK -> batikmark;
			case PRICE -> price;
			case PROVINCE -> province;
			case EXHIBITOR -> exhibitor;
		};
	}

	/** The sum of all weights: the points of a pair that fits every rule. */
	public int total() {
		return technique + category + capacity + batikmark + price + province + exhibitor;
	}
}
