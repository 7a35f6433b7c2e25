package id.canting.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats a table downloads as, each with its media type, file extension and writer. */
public enum TableFormat {

	CSV("text/csv;charset=UTF-8") {
		@Override
		TableSheet open(String sheetName, List<String> headers, List<CellKind> kinds, OutputStream out)
				throws IOException {
			return new CsvTableSheet(headers, out);
		}
	},
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
		@Override
		TableSheet open(String sheetName, List<String> headers, List<CellKind> kinds, OutputStream out) {
			return new XlsxTableSheet(sheetName, headers, kinds, out);
		}
	};

	private final String contentType;

	TableFormat(String contentType) {
		this.contentType = contentType;
	}

	/** A writer that has already written the header row. */
	abstract TableSheet open(String sheetName, List<String> headers, List<CellKind> kinds, OutputStream out)
			throws IOException;

	public String contentType() {
		return contentType;
	}

	/** As in the URL and the file name: {@code csv}, {@code xlsx}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format with this code (any case), or null. */
	public static TableFormat of(String code) {
		return Arrays.stream(values()).filter(f -> f.code().equalsIgnoreCase(code.strip())).findFirst().orElse(null);
	}

	public static String codes() {
		return Arrays.stream(values()).map(TableFormat::code).collect(Collectors.joining(", "));
	}
}
