package id.canting.shared.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A table as it downloads: the start of its file name ({@code audit} gives
 * {@code audit-2026-12-06.xlsx}), the message key of its sheet name and its columns in order.
 * Built fluently next to the controller that shows the same table on a page.
 */
public record TableDefinition<T>(String filePrefix, String sheetKey, List<TableColumn<T>> columns) {

	public TableDefinition {
		columns = List.copyOf(columns);
	}

	public static <T> TableDefinition<T> of(String filePrefix, String sheetKey) {
		return new TableDefinition<>(filePrefix, sheetKey, List.of());
	}

	public TableDefinition<T> with(TableColumn<T> column) {
		List<TableColumn<T>> more = new ArrayList<>(columns);
		more.add(column);
		return new TableDefinition<>(filePrefix, sheetKey, more);
	}

	public TableDefinition<T> text(String headerKey, Function<T, ?> value) {
		return with(TableColumn.text(headerKey, value));
	}

	/** Text in the file's language, e.g. several labels joined. */
	public TableDefinition<T> localisedText(String headerKey, BiFunction<T, Locale, ?> value) {
		return with(TableColumn.localisedText(headerKey, value));
	}

	public TableDefinition<T> label(String headerKey, String labelPrefix, Function<T, ?> value) {
		return with(TableColumn.label(headerKey, labelPrefix, value));
	}

	public TableDefinition<T> number(String headerKey, Function<T, ? extends Number> value) {
		return with(TableColumn.number(headerKey, value));
	}

	public TableDefinition<T> date(String headerKey, Function<T, LocalDate> value) {
		return with(TableColumn.date(headerKey, value));
	}

	public TableDefinition<T> dateTime(String headerKey, Function<T, Instant> value) {
		return with(TableColumn.dateTime(headerKey, value));
	}
}
