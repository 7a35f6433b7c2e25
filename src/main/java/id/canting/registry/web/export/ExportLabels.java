package id.canting.registry.web.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.region.Regency;
import id.canting.region.Regions;

/**
 * Turns the registry's export rows (codes, as {@link id.canting.registry.internal.RegistryExports} hands them
 * on) into what an official reads and the import template offers: each code as its label in the
 * file's language ({@code Tulis, Cap} or {@code Tulis (hand-drawn), Cap (stamped)}), lists in the
 * order they came (enum order), and a regency as {@link Regency#codeAndName()}
 * ({@code 33.26 Kabupaten Pekalongan}) in one cell. The import reads back codes, labels in either
 * language and this regency form, so an export is a valid import file in either language.
 */
@Component
class ExportLabels {

	static final String LIST_SEPARATOR = ", ";

	private final MessageSource messages;
	private final Regions regions;

	ExportLabels(MessageSource messages, Regions regions) {
		this.messages = messages;
		this.regions = regions;
	}

	/** The translation of one file's rows; labels are looked up once per file, not once per cell. */
	UnaryOperator<List<String>> forSheet(SheetLayout layout, String language) {
		Locale locale = Locale.forLanguageTag(language);
		Map<Integer, Map<String, String>> labels = new HashMap<>();
		layout.codedColumns().forEach((column, coded) -> labels.put(column, labels(coded, locale)));
		return codes -> {
			List<String> row = new ArrayList<>(codes);
			labels.forEach((column, byCode) -> row.set(column, list(row.get(column), byCode)));
			layout.regencyColumns().forEach(column -> row.set(column, regency(row.get(column))));
			return row;
		};
	}

	/** The regency's code and official name ({@code 33.26 Kabupaten Pekalongan}); an unknown code stays as it is. */
	String regency(String code) {
		if (code == null || code.isEmpty()) {
			return code;
		}
		return regions.regency(code).map(Regency::codeAndName).orElse(code);
	}

	private Map<String, String> labels(SheetLayout.Coded coded, Locale locale) {
		return Arrays.stream(coded.codes().getEnumConstants())
			.collect(Collectors.toMap(Enum::name,
					code -> messages.getMessage(coded.labelPrefix() + code.name(), null, code.name(), locale)));
	}

	/** Each code of a list (or a single code) as its label; a code without a label stays a code. */
	private static String list(String codes, Map<String, String> labels) {
		if (codes == null || codes.isEmpty()) {
			return codes;
		}
		return Arrays.stream(codes.split(",")).map(String::strip).map(code -> labels.getOrDefault(code, code))
			.collect(Collectors.joining(LIST_SEPARATOR));
	}
}
