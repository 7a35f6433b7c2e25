package id.canting.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page numbers a pager shows: the first, the last and the current with one neighbour on each
 * side, with a {@link #GAP} where pages are left out, so a pager of 300 pages stays about seven items
 * wide and fits a 360 px phone. Numbers count from 0, as {@code ?page=} does.
 */
public final class PageNumbers {

	/** Stands for the pages left out between two shown numbers (an ellipsis). */
	public static final int GAP = -1;

	private PageNumbers() {
	}

	public static List<Integer> around(int current, int totalPages) {
		List<Integer> shown = new ArrayList<>();
		int previous = -1;
		for (int page = 0; page < totalPages; page++) {
			boolean edge = page == 0 || page == totalPages - 1;
			// near an end, show the pages a gap of one would hide (1 … 3 is 1 2 3)
			boolean near = Math.abs(page - current) <= 1 || current <= 2 && page <= 3
					|| current >= totalPages - 3 && page >= totalPages - 4;
			if (edge || near) {
				if (previous >= 0 && page - previous > 1) {
					shown.add(page - previous == 2 ? previous + 1 : GAP);
				}
				shown.add(page);
				previous = page;
			}
		}
		return shown;
	}
}
