package id.canting.imports.web;

import java.util.List;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * What a template download asks for: the file format, the language of headers, labels and
 * instructions, and for CSV the separator between values.
 */
record TemplateRequest(
		@Parameter(description = "File format: xlsx (with instructions and drop-down lists) or csv (default)") String format,
		@Parameter(description = "Language of headers, labels and instructions: id (default) or en") String lang,
		@Parameter(description = "CSV only: comma (default) or semicolon, which Excel with Indonesian regional settings expects") String separator) {

	static final List<String> SEPARATORS = List.of("comma", "semicolon");

	/** {@code csv} or {@code xlsx}. */
	String fileFormat() {
		return ImportViews.format(format);
	}

	/** The language asked for, else the given one; only {@code id} or {@code en}. */
	String language(String fallback) {
		String chosen = lang == null || lang.isBlank() ? fallback : lang.strip();
		return "en".equals(chosen) ? "en" : "id";
	}

	/**
	 * The character between values in CSV.
	 *
	 * @throws InvalidInputException naming {@code separator} when it is neither comma nor semicolon
	 */
	char delimiter() {
		if (separator == null || separator.isBlank() || separator.strip().equalsIgnoreCase("comma")) {
			return ',';
		}
		if (separator.strip().equalsIgnoreCase("semicolon")) {
			return ';';
		}
		throw new InvalidInputException(
				List.of(FieldViolation.of("separator", "validation.one-of", String.join(", ", SEPARATORS))));
	}

	/** The file's name without extension, e.g. {@code template-ikm-id} or {@code template-ikm-id-semicolon}. */
	String fileName(String kind, String language) {
		String name = "template-" + kind + "-" + language;
		return "csv".equals(fileFormat()) && delimiter() == ';' ? name + "-semicolon" : name;
	}
}
