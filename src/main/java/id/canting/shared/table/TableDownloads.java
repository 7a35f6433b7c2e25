package id.canting.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a table as a CSV or XLSX file straight to the response, named after the table and today's
 * date in Jakarta ({@code audit-2026-12-06.xlsx}): headers and labels in the request's language,
 * moments in Western Indonesian Time. The file opens only with its first row (or at the end of an
 * empty table), so a refusal raised while fetching the first rows answers as a plain error.
 */
@Component
public class TableDownloads {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final Clock clock;
	private final MessageSource messages;

	TableDownloads(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/** Writes {@code rows} as the file the request asks for, straight onto the response. */
	public <T> void send(HttpServletResponse response, TableRequest request, TableDefinition<T> table,
			Iterable<T> rows) throws IOException {
		String filename = table.filePrefix() + "-" + LocalDate.now(clock.withZone(WIB)) + "." + request.format().code();
		DownloadStream out = new DownloadStream(response, request.format().contentType(), filename);
		write(request.format(), request.locale(), table, rows, out);
	}

	/** The file itself, for callers (and tests) that write it elsewhere than a response. */
	public <T> void write(TableFormat format, Locale locale, TableDefinition<T> table, Iterable<T> rows,
			OutputStream out) throws IOException {
		List<String> headers = headers(table, locale);
		List<CellKind> kinds = table.columns().stream().map(TableColumn::kind).toList();
		String sheetName = sheetName(table, locale);
		TableSheet sheet = null;
		try {
			for (T row : rows) {
				if (sheet == null) {
					sheet = format.open(sheetName, headers, kinds, out);
				}
				sheet.row(cells(table, row, locale));
			}
			if (sheet == null) {
				sheet = format.open(sheetName, headers, kinds, out);
			}
			sheet.finish();
		}
		finally {
			if (sheet != null) {
				sheet.close();
			}
		}
	}

	/** One table of a workbook with several sheets: its definition and its rows. */
	public record SheetOf<T>(TableDefinition<T> table, Iterable<T> rows) {
	}

	/**
	 * An XLSX workbook with a sheet per table, in order (a report's summary, sessions, breakdowns), each
	 * as the table's own download writes it: headers and labels in {@code locale}, numbers as numbers.
	 */
	public void workbook(Locale locale, List<SheetOf<?>> sheets, OutputStream out) throws IOException {
		try (StreamedWorkbook file = new StreamedWorkbook(XlsxTableSheet.WINDOW, out)) {
			for (SheetOf<?> sheet : sheets) {
				sheet(file, locale, sheet);
			}
			file.finish();
		}
	}

	private <T> void sheet(StreamedWorkbook file, Locale locale, SheetOf<T> sheet) {
		TableDefinition<T> table = sheet.table();
		XlsxTableSheet out = new XlsxTableSheet(file, sheetName(table, locale), headers(table, locale),
				table.columns().stream().map(TableColumn::kind).toList());
		for (T row : sheet.rows()) {
			out.row(cells(table, row, locale));
		}
	}

	private <T> List<String> headers(TableDefinition<T> table, Locale locale) {
		return table.columns().stream().map(c -> messages.getMessage(c.headerKey(), null, c.headerKey(), locale)).toList();
	}

	private String sheetName(TableDefinition<?> table, Locale locale) {
		return messages.getMessage(table.sheetKey(), null, table.filePrefix(), locale);
	}

	private <T> List<Object> cells(TableDefinition<T> table, T row, Locale locale) {
		List<Object> cells = new ArrayList<>(table.columns().size());
		for (TableColumn<T> column : table.columns()) {
			Object value = column.value().apply(row, locale);
			cells.add(value == null ? null : switch (column.kind()) {
				case LABEL -> label(column.labelPrefix(), value, locale);
				case DATE_TIME -> ((Instant) value).atZone(WIB).toLocalDateTime();
				case TEXT -> value.toString();
				default -> value;
			});
		}
		return cells;
	}

	private String label(String prefix, Object code, Locale locale) {
		String name = code instanceof Enum<?> constant ? constant.name() : code.toString();
		return messages.getMessage(prefix + name, null, name, locale);
	}
}
