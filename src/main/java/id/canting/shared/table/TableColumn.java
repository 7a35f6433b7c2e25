package id.canting.shared.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One column of a downloadable table: the message key of its header, what kind of cell it holds,
 * and how a row gives its value in the file's language. For {@link CellKind#LABEL} the value is a
 * code (or enum) and {@code labelPrefix + code} the key of its label.
 */
public record TableColumn<T>(String headerKey, CellKind kind, String labelPrefix, BiFunction<T, Locale, ?> value) {

	private static <T> BiFunction<T, Locale, ?> anyLanguage(Function<T, ?> value) {
		return (row, locale) -> value.apply(row);
	}

	/** Text that depends on the language, e.g. several labels joined. */
	public static <T> TableColumn<T> localisedText(String headerKey, BiFunction<T, Locale, ?> value) {
		return new TableColumn<>(headerKey, CellKind.TEXT, null, value);
	}

	public static <T> TableColumn<T> text(String headerKey, Function<T, ?> value) {
		return new TableColumn<>(headerKey, CellKind.TEXT, null, anyLanguage(value));
	}

	public static <T> TableColumn<T> label(String headerKey, String labelPrefix, Function<T, ?> value) {
		return new TableColumn<>(headerKey, CellKind.LABEL, labelPrefix, anyLanguage(value));
	}

	public static <T> TableColumn<T> number(String headerKey, Function<T, ? extends Number> value) {
		return new TableColumn<>(headerKey, CellKind.NUMBER, null, anyLanguage(value));
	}

	public static <T> TableColumn<T> date(String headerKey, Function<T, LocalDate> value) {
		return new TableColumn<>(headerKey, CellKind.DATE, null, anyLanguage(value));
	}

	public static <T> TableColumn<T> dateTime(String headerKey, Function<T, Instant> value) {
		return new TableColumn<>(headerKey, CellKind.DATE_TIME, null, anyLanguage(value));
	}
}
