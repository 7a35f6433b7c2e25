package id.canting.registry.web.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import id.canting.shared.table.DownloadStream;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a list as a file straight to the response, row by row as the registry streams them, named
 * after the list and today's date in Jakarta, e.g. {@code ikm-2026-11-28.csv}; codes become the
 * labels of the file's language on the way ({@link ExportLabels}).
 */
@Component
class Downloads {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** Where the rows come from: it hands each row to the sink it is given. */
	@FunctionalInterface
	interface Rows {
		void to(Consumer<List<String>> sink);
	}

	private final Clock clock;
	private final ExportLabels labels;

	Downloads(Clock clock, ExportLabels labels) {
		this.clock = clock;
		this.labels = labels;
	}

	/**
	 * Writes the rows as the requested file. The writer opens only with the first row (or at the end
	 * of an empty list), so a refusal raised before it leaves nothing to clean up and nothing sent.
	 */
	void send(HttpServletResponse response, ExportRequest request, SheetLayout layout, Rows rows) throws IOException {
		String filename = layout.filePrefix() + "-" + LocalDate.now(clock.withZone(WIB)) + "." + request.format().code();
		Sheet sheet = new Sheet(() -> request.format().open(layout,
				new DownloadStream(response, request.format().contentType(), filename)));
		UnaryOperator<List<String>> labelled = labels.forSheet(layout, request.language());
		try (sheet) {
			rows.to(row -> {
				try {
					sheet.writer().row(labelled.apply(row));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			sheet.writer().finish();
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** How a writer is opened: on the response, with the header row. */
	@FunctionalInterface
	private interface Opener {
		SheetWriter open() throws IOException;
	}

	/** A sheet writer opened on first use. */
	private static final class Sheet implements AutoCloseable {

		private final Opener opener;
		private SheetWriter writer;

		Sheet(Opener opener) {
			this.opener = opener;
		}

		SheetWriter writer() throws IOException {
			if (writer == null) {
				writer = opener.open();
			}
			return writer;
		}

		@Override
		public void close() throws IOException {
			if (writer != null) {
				writer.close();
			}
		}
	}
}
