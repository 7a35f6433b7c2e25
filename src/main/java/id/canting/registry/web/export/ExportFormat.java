package id.canting.registry.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats a list downloads as, each with its media type, file extension and writer. */
enum ExportFormat {

	CSV("text/csv;charset=UTF-8") {
		@Override
		SheetWriter open(SheetLayout layout, OutputStream out) throws IOException {
			return new CsvSheetWriter(layout, out);
		}
	},
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
		@Override
		SheetWriter open(SheetLayout layout, OutputStream out) throws IOException {
			return new XlsxSheetWriter(layout, out);
		}
	};

	private final String contentType;

	ExportFormat(String contentType) {
		this.contentType = contentType;
	}

	/** A writer that has already written the header row. */
	abstract SheetWriter open(SheetLayout layout, OutputStream out) throws IOException;

	String contentType() {
		return contentType;
	}

	/** As in the URL and the file name: {@code csv}, {@code xlsx}. */
	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format with this code (any case), or null. */
	static ExportFormat of(String code) {
		return Arrays.stream(values()).filter(f -> f.code().equalsIgnoreCase(code.strip())).findFirst().orElse(null);
	}

	static String codes() {
		return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(", "));
	}
}
