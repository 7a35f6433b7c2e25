package id.canting.matching.internal.recommend;

import java.util.List;

/**
 * A participant's counterparts ranked best first, and those left out by a hard rule, counted with the reason
 * (3 IKM not shown: Batikmark is required and they do not hold it).
 */
public record Recommendations(List<Recommendation> ranked, List<NotShown> notShown) {

	public Recommendations {
		ranked = List.copyOf(ranked);
		notShown = List.copyOf(notShown);
	}

	/** How many counterparts a hard rule left out, and why; the phrase takes the count as its argument. */
	public record NotShown(String reason, int count, Phrase phrase) {
	}
}
