package id.canting.programme.application.web;

import java.util.ArrayList;
import java.util.List;

import id.canting.programme.application.internal.QuoteInput;

/**
 * The quote calculator's form: the IKM's size class and a few machines; rows with neither origin nor
 * price are left out of the quote.
 */
public class QuoteForm {

	/** Rows the calculator shows. */
	static final int ROWS = 5;

	private String sizeClass;
	private List<LineForm> lines = new ArrayList<>();

	public QuoteForm() {
		for (int i = 0; i < ROWS; i++) {
			lines.add(new LineForm());
		}
	}

	/** Whether nothing was asked yet (the calculator was only opened). */
	boolean isEmpty() {
		return (sizeClass == null || sizeClass.isBlank()) && lines.stream().allMatch(l -> l == null || l.isBlank());
	}

	/** The question with the filled rows only; {@code rows} are their positions in the form. */
	QuoteInput toInput(List<Integer> rows) {
		return new QuoteInput(sizeClass,
				rows.stream().map(i -> new QuoteInput.Line(lines.get(i).origin, lines.get(i).priceIdr)).toList());
	}

	public String getSizeClass() { return sizeClass; }
	public void setSizeClass(String sizeClass) { this.sizeClass = sizeClass; }
	public List<LineForm> getLines() { return lines; }
	public void setLines(List<LineForm> lines) { this.lines = lines; }

	/** One machine of the calculator. */
	public static class LineForm {

		private String origin;
		private Long priceIdr;

		boolean isBlank() {
			return (origin == null || origin.isBlank()) && priceIdr == null;
		}

		public String getOrigin() { return origin; }
		public void setOrigin(String origin) { this.origin = origin; }
		public Long getPriceIdr() { return priceIdr; }
		public void setPriceIdr(Long priceIdr) { this.priceIdr = priceIdr; }
	}
}
