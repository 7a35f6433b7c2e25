package id.canting.region;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A province, identified by its two-digit Kemendagri code (e.g. {@code 33} for Jawa Tengah). */
public record Province(String code, String name) {

	/** Abbreviations that stay in capitals when a name is written for reading. */
	private static final Set<String> ABBREVIATIONS = Set.of("DKI", "DI");

	/** The name as publications write it ('Jawa Tengah', 'DKI Jakarta'); the official list is in capitals. */
	public String displayName() {
		return displayName(name);
	}

	public static String displayName(String officialName) {
		return Arrays.stream(officialName.strip().split("\\s+"))
			.map(word -> ABBREVIATIONS.contains(word) ? word
					: word.substring(0, 1) + word.substring(1).toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(" "));
	}
}
