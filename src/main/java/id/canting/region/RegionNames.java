package id.canting.region;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a region's name is written for readers. The official list (Kemendagri, via idn-area-data) is in
 * capitals ({@code KOTA PEKALONGAN}, {@code DAERAH ISTIMEWA YOGYAKARTA}); the ministry's publications
 * write {@code Kota Pekalongan}, {@code DI Yogyakarta}: each word capitalised, abbreviations in
 * capitals, the conjunction {@code dan} in lower case, and "Daerah Istimewa" shortened to DI as the
 * province calls itself.
 */
final class RegionNames {

	/** Abbreviations that stay in capitals. */
	private static final Set<String> ABBREVIATIONS = Set.of("DKI", "DI");

	/** Small words that stay in lower case inside a name ("Pangkajene dan Kepulauan"). */
	private static final Set<String> PARTICLES = Set.of("dan");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private RegionNames() {
	}

	/** The publication form of an official name; a name already in that form is returned unchanged. */
	static String publicationCase(String officialName) {
		String name = officialName.strip().replaceAll("\\s+", " ")
			.replaceFirst("(?i)^DAERAH ISTIMEWA ", "DI ");
		Matcher words = WORD.matcher(name);
		StringBuilder written = new StringBuilder();
		while (words.find()) {
			words.appendReplacement(written, Matcher.quoteReplacement(word(words.group(), words.start() == 0)));
		}
		words.appendTail(written);
		return written.toString();
	}

	private static String word(String word, boolean first) {
		String upper = word.toUpperCase(Locale.ROOT);
		if (ABBREVIATIONS.contains(upper)) {
			return upper;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (!first && PARTICLES.contains(lower)) {
			return lower;
		}
		return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
	}
}
