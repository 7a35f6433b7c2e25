package id.canting.imports;

import java.util.List;
import java.util.Map;

import id.canting.shared.RuleRefusedException;

/**
 * A workbook has more than one visible sheet with the columns of the list being imported (or the
 * sheet named is not one of them): the uploader must say which to read. Nothing was kept.
 */
public class SheetChoiceException extends RuleRefusedException {

	private final transient List<String> sheets;

	SheetChoiceException(String messageKey, String named, List<String> sheets) {
		super(messageKey, sheets.size(), String.join(", ", sheets.stream().map(s -> "\u201C" + s + "\u201D").toList()),
				named == null ? "" : named);
		this.sheets = List.copyOf(sheets);
	}

	/** The sheets that hold the kind's columns, in workbook order. */
	public List<String> sheets() {
		return sheets;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("sheets", sheets);
	}
}
