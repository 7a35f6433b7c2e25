package id.canting.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** RFC 4180 CSV of an open-data table: comma-separated, a header line, fields quoted when they need it. */
final class OpenDataCsv {

	private OpenDataCsv() {
	}

	/**
	 * The table as JSON, or as a CSV download when the path ends in {@code .csv} or
	 * {@code format=csv}; another format is refused naming the parameter.
	 */
	static <R> ResponseEntity<?> answer(String dataset, Object table, List<R> rows, String format,
			HttpServletRequest request, List<String> header, Function<R, List<Object>> row) {
		boolean csv = request.getRequestURI().endsWith(".csv") || "csv".equalsIgnoreCase(format);
		if (!csv && format != null && !format.isBlank() && !"json".equalsIgnoreCase(format)) {
			throw new InvalidInputException(List.of(FieldViolation.of("format", "statistics.validation.format", format)));
		}
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"canting-" + dataset + ".csv\"")
			.body(write(header, rows.stream().map(row).toList()));
	}

	static String write(List<String> header, List<List<Object>> rows) {
		StringBuilder csv = new StringBuilder(line(List.copyOf(header)));
		rows.forEach(row -> csv.append(line(row)));
		return csv.toString();
	}

	private static String line(List<?> fields) {
		return fields.stream().map(OpenDataCsv::field).collect(Collectors.joining(",")) + "\r\n";
	}

	private static String field(Object value) {
		String text = value == null ? "" : value.toString();
		return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
