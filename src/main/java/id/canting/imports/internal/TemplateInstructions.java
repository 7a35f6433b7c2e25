package id.canting.imports.internal;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import id.canting.imports.ImportKind;
import id.canting.imports.internal.TemplateColumn.Shape;
import id.canting.shared.web.WorkbookCells;

/**
 * The instructions sheet of a template: a few general sentences (how rows are matched, that the
 * example row is ignored, how numbers and lists are typed), then one row per column with its
 * header, whether it is required, its rule, an example and, for coded columns, the labels accepted.
 */
final class TemplateInstructions {

	/** General sentences shared by every kind, after the kind's own sentence on matching rows. */
	static final List<String> GENERAL = List.of("import.template.general.example-row",
			"import.template.general.headers", "import.template.general.numbers", "import.template.general.lists",
			"import.template.general.sheets");
	/** A regency list is too long to print: the sheet names the forms accepted instead. */
	static final int LONGEST_PRINTED_LIST = 20;

	private final ImportKind kind;
	private final List<TemplateColumn> columns;
	private final TemplateWriter.Texts texts;
	private final CellStyle bold;
	private final CellStyle wrapped;

	TemplateInstructions(ImportKind kind, List<TemplateColumn> columns, TemplateWriter.Texts texts, CellStyle bold,
			CellStyle wrapped) {
		this.kind = kind;
		this.columns = columns;
		this.texts = texts;
		this.bold = bold;
		this.wrapped = wrapped;
	}

	void write(Sheet sheet) {
		int next = 0;
		WorkbookCells.cell(sheet.createRow(next++), 0,
				texts.get("import.template.instructions.title", texts.get("import.kind." + kind.name())), bold);
		WorkbookCells.cell(sheet.createRow(next++), 0, texts.get("import.template.match." + kind.name().toLowerCase(Locale.ROOT)), null);
		for (String key : GENERAL) {
			WorkbookCells.cell(sheet.createRow(next++), 0, texts.get(key), null);
		}
		next++;
		Row header = sheet.createRow(next++);
		List<String> titles = List.of("column", "required", "rule", "example", "accepted");
		for (int i = 0; i < titles.size(); i++) {
			WorkbookCells.cell(header, i, texts.get("import.template.instructions." + titles.get(i)), bold);
		}
		for (TemplateColumn column : columns) {
			Row row = sheet.createRow(next++);
			WorkbookCells.cell(row, 0, column.header(), bold);
			WorkbookCells.cell(row, 1, texts.get(column.required() ? "import.template.required.yes" : "import.template.required.no"), wrapped);
			WorkbookCells.cell(row, 2, column.rule(), wrapped);
			WorkbookCells.cell(row, 3, column.example(), wrapped);
			WorkbookCells.cell(row, 4, accepted(column), wrapped);
		}
		WorkbookCells.widths(sheet, 28, 10, 70, 30, 50);
	}

	/** The labels of a coded column; for a regency, the forms it may be typed in. */
	private String accepted(TemplateColumn column) {
		if (column.shape() == Shape.REGENCY) {
			return texts.get("import.template.accepted.regency");
		}
		if (!column.hasList() || column.labels().size() > LONGEST_PRINTED_LIST) {
			return "";
		}
		String labels = String.join("; ", column.labels());
		return column.shape() == Shape.CODES ? texts.get("import.template.accepted.codes", labels)
				: texts.get("import.template.accepted.code", labels);
	}
}
