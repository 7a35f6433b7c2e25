package id.canting.event.exhibitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's floor plan: a grid of {@code rows} (A, B, …) by {@code columns} (1, 2, …), booth labels
 * such as {@code A1}; two booths are neighbours when they share a side. With {@code keepSentraApart},
 * neighbours may not both go to exhibitors of the same sentra.
 */
public record BoothPlan(int rows, int columns, boolean keepSentraApart) {

	public static final int MAX_ROWS = 26;
	public static final int MAX_COLUMNS = 40;
	private static final Pattern LABEL = Pattern.compile("([A-Z])([1-9][0-9]?)");

	/** Every booth, row by row. */
	public List<String> labels() {
		List<String> labels = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 1; c <= columns; c++) {
				labels.add(label(r, c));
			}
		}
		return labels;
	}

	public int booths() {
		return rows * columns;
	}

	/** Whether {@code label} names a booth of this plan. */
	public boolean contains(String label) {
		Matcher m = label == null ? null : LABEL.matcher(label);
		if (m == null || !m.matches()) {
			return false;
		}
		int row = m.group(1).charAt(0) - 'A';
		int column = Integer.parseInt(m.group(2));
		return row < rows && column >= 1 && column <= columns;
	}

	/** The booths sharing a side with {@code label} (which must be in the plan). */
	public List<String> neighbours(String label) {
		int row = label.charAt(0) - 'A';
		int column = Integer.parseInt(label.substring(1));
		List<String> around = new ArrayList<>();
		if (row > 0) {
			around.add(label(row - 1, column));
		}
		if (row < rows - 1) {
			around.add(label(row + 1, column));
		}
		if (column > 1) {
			around.add(label(row, column - 1));
		}
		if (column < columns) {
			around.add(label(row, column + 1));
		}
		return around;
	}

	private static String label(int row, int column) {
		return (char) ('A' + row) + Integer.toString(column);
	}
}
