package id.canting.matching.internal.recommend;

/**
 * The rules a buyer–seller pair is scored on, each worth its weight in {@link RecommendationWeights}; see
 * docs/matching-recommendations.md for what each one gives full, partial and no credit for.
 */
public enum Rule {
	TECHNIQUE, CATEGORY, CAPACITY, BATIKMARK, PRICE, PROVINCE, EXHIBITOR
}
