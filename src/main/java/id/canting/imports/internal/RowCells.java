package id.canting.imports.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the cells of one row by column, from column A up to the last cell that holds something.
 * Blank cells past that are never materialised: styled empty cells up to column XFD, or
 * LibreOffice's repeated empty columns, would otherwise make every row 16,384 cells long.
 */
final class RowCells {

	private final List<Cell> cells = new ArrayList<>();

	/** Whitespace-only cells beyond the last non-blank one: kept only if something follows them. */
	private final Map<Integer, Cell> whitespaceAhead = new HashMap<>();

	void set(int column, Cell cell) {
		if (column < cells.size()) {
			cells.set(column, cell);
			return;
		}
		if (cell.isBlank()) {
			if (!cell.text().isEmpty()) {
				whitespaceAhead.put(column, cell);
			}
			return;
		}
		while (cells.size() < column) {
			cells.add(whitespaceAhead.getOrDefault(cells.size(), Cell.BLANK));
		}
		cells.add(cell);
		whitespaceAhead.clear();
	}

	/** Whether every cell of the row is blank (a row to skip). */
	boolean isBlank() {
		return cells.isEmpty();
	}

	List<Cell> list() {
		return Collections.unmodifiableList(cells);
	}
}
