package id.canting.imports.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The labels the pages show for coded values ({@code gender.FEMALE} is "Perempuan" / "Female"), read
 * from the message bundles, so that a sheet may carry the words officials use in either language
 * instead of the codes, and exports and templates write the same words.
 */
@Component
public class Labels {

	/** The languages whose labels a typed value may use. */
	static final List<String> LANGUAGES = List.of("id", "en");

	private final MessageSource messages;
	/** Per enum and prefix: each typed form (normalised) to the codes it names; built once, labels do not change. */
	private final Map<String, Map<String, Set<String>>> aliasesByType = new ConcurrentHashMap<>();

	public Labels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The code a typed value means: the code itself or its label in Bahasa Indonesia or English,
	 * ignoring case, spacing, {@code -} and {@code _}, and a label's explanation in parentheses
	 * ({@code Tulis} for "Tulis (hand-drawn)"). The typed text unchanged when nothing matches, so the
	 * registry's rules refuse it and list the choices.
	 */
	public <E extends Enum<E>> String code(Class<E> type, String messagePrefix, String typed) {
		if (typed == null) {
			return null;
		}
		Set<String> codes = aliases(type, messagePrefix).get(normalise(typed));
		// two codes sharing a label would be a guess; LabelsTest keeps that from happening
		return codes != null && codes.size() == 1 ? codes.iterator().next() : typed;
	}

	/** {@link #code} for each item of a list cell. */
	public <E extends Enum<E>> List<String> codes(Class<E> type, String messagePrefix, List<String> typed) {
		return typed == null ? List.of() : typed.stream().map(t -> code(type, messagePrefix, t)).toList();
	}

	/** The label of a code in a language ({@code id} or {@code en}), for exports and templates; the code when it has none. */
	public String label(String messagePrefix, String code, String language) {
		return messages.getMessage(messagePrefix + code, null, code, Locale.forLanguageTag(language));
	}

	<E extends Enum<E>> Map<String, Set<String>> aliases(Class<E> type, String messagePrefix) {
		return aliasesByType.computeIfAbsent(type.getName() + "|" + messagePrefix, key -> {
			Map<String, Set<String>> aliases = new HashMap<>();
			for (E constant : type.getEnumConstants()) {
				String code = constant.name();
				aliases.computeIfAbsent(normalise(code), k -> new LinkedHashSet<>()).add(code);
				for (String language : LANGUAGES) {
					String label = messages.getMessage(messagePrefix + code, null, null, Locale.forLanguageTag(language));
					if (label != null) {
						aliases.computeIfAbsent(normalise(label), k -> new LinkedHashSet<>()).add(code);
						String withoutExplanation = label.replaceAll("\\s*\\([^)]*\\)", "");
						aliases.computeIfAbsent(normalise(withoutExplanation), k -> new LinkedHashSet<>()).add(code);
					}
				}
			}
			return Map.copyOf(aliases);
		});
	}

	/** Lower case, {@code -} and {@code _} as spaces, all spaces as one: "Laki-laki", "LAKI LAKI" and "laki_laki" are one word. */
	static String normalise(String text) {
		return CellValues.plainSpaces(text.replace('-', ' ').replace('_', ' ')).replace('\n', ' ').toLowerCase(Locale.ROOT);
	}
}
