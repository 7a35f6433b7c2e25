package id.canting.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.imports.ImportKind;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.shared.SpreadsheetCells;

/**
 * Writes the import template of a kind: as XLSX a workbook that teaches (a data sheet with one
 * example row, drop-down lists and text formats, an instructions sheet, a hidden sheet of lists;
 * see {@link TemplateWorkbook}), as CSV the header and the example row with a comma or a semicolon
 * between values (Excel with Indonesian regional settings opens and saves CSV with semicolons).
 * Everything is in the chosen language.
 */
@Component
public class TemplateWriter {

	/** The first cell of the example row in a Bahasa Indonesia template; the import skips such a row. */
	public static final String EXAMPLE_MARKER_ID = "CONTOH";
	/** The first cell of the example row in an English template; the import skips such a row. */
	public static final String EXAMPLE_MARKER_EN = "EXAMPLE";

	private final MessageSource messages;
	private final Regions regions;

	TemplateWriter(MessageSource messages, Regions regions) {
		this.messages = messages;
		this.regions = regions;
	}

	/**
	 * Whether a row whose first cell holds this text is the template's example row (in either
	 * language, any case, around spaces), which an import must skip rather than read as data.
	 */
	public static boolean isExampleMarker(String firstCell) {
		if (firstCell == null) {
			return false;
		}
		String text = firstCell.replace('\u00A0', ' ').strip();
		return text.equalsIgnoreCase(EXAMPLE_MARKER_ID) || text.equalsIgnoreCase(EXAMPLE_MARKER_EN);
	}

	/** The marker of the example row in a template of this language. */
	public static String exampleMarker(String language) {
		return "en".equals(language) ? EXAMPLE_MARKER_EN : EXAMPLE_MARKER_ID;
	}

	/**
	 * Writes the template: {@code xlsx}, or CSV with {@code delimiter} ({@code ,} or {@code ;}).
	 * Regency columns get every regency as {@link Regency#codeAndName()} for their list.
	 */
	public void write(ImportKind kind, String format, char delimiter, String language, List<TemplateColumn> columns,
			OutputStream out) throws IOException {
		List<TemplateColumn> complete = columns.stream().map(this::withRegencies).toList();
		if ("xlsx".equals(format)) {
			new TemplateWorkbook(kind, language, complete, new Texts(messages, language)).write(out);
		}
		else {
			csv(delimiter, language, complete, out);
		}
	}

	/** The header and the example row; UTF-8 with a byte order mark, so Excel reads the letters right. */
	private static void csv(char delimiter, String language, List<TemplateColumn> columns, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get());
		printer.printRecord(columns.stream().map(TemplateColumn::header).toList());
		printer.printRecord(exampleRow(language, columns).stream().map(SpreadsheetCells::neutralise).toList());
		printer.flush();
	}

	/** The example values, with the marker in the first cell in place of that column's example. */
	static List<String> exampleRow(String language, List<TemplateColumn> columns) {
		List<String> row = new ArrayList<>(columns.stream().map(c -> c.example() == null ? "" : c.example()).toList());
		row.set(0, exampleMarker(language));
		return row;
	}

	private TemplateColumn withRegencies(TemplateColumn column) {
		if (column.shape() != TemplateColumn.Shape.REGENCY || !column.labels().isEmpty()) {
			return column;
		}
		List<String> regencies = regions.provinces().stream()
			.flatMap(p -> regions.regenciesOf(p.code()).stream())
			.map(Regency::codeAndName)
			.toList();
		return new TemplateColumn(column.header(), column.required(), column.shape(), regencies, column.rule(),
				column.example());
	}

	/** The template's fixed texts in its language. */
	record Texts(MessageSource messages, String language) {

		String get(String key, Object... args) {
			return messages.getMessage(key, args, Locale.forLanguageTag(language));
		}
	}

}
