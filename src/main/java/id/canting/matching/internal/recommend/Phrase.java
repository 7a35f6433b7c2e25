package id.canting.matching.internal.recommend;

import java.util.Arrays;
import java.util.List;

/**
 * Words still to be said in the reader's language: a message key under {@code matching.recommend.} and its
 * arguments — numbers (formatted by the message, 3.000 in Indonesian, 3,000 in English), strings, and other
 * phrases. Two keys join their argument phrases instead of being looked up: {@link #LIST} with commas,
 * {@link #ALTERNATIVES} with slashes. {@link RecommendationTexts} renders them.
 */
public record Phrase(String key, List<Object> arguments) {

	/** Joins its arguments with a comma and a space. */
	public static final String LIST = "matching.recommend.join.list";

	/** Joins its arguments with a slash (cap/tulis). */
	public static final String ALTERNATIVES = "matching.recommend.join.alternatives";

	public Phrase {
		arguments = List.copyOf(arguments);
	}

	/** The phrase under {@code matching.recommend.<key>}. */
	static Phrase of(String key, Object... arguments) {
		return new Phrase("matching.recommend." + key, Arrays.asList(arguments));
	}

	static Phrase list(List<Phrase> parts) {
		return new Phrase(LIST, List.copyOf(parts));
	}

	static Phrase alternatives(List<Phrase> parts) {
		return new Phrase(ALTERNATIVES, List.copyOf(parts));
	}
}
