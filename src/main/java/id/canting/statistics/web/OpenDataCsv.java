package id.canting.statistics.web;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV of an open-data table: comma-separated, a header line, fields quoted when they need it. */
final class OpenDataCsv {

	private OpenDataCsv() {
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
