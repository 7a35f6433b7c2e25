package id.canting.programme.application.web;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the quote calculator shows after a question: the values as given, each field's problem in
 * words, a problem of the whole question (the programme has no rate table), and the quote.
 */
record QuoteView(QuoteForm form, Map<String, String> errors, String problem, QuoteResponse result) {

	/** The positions of the rows to show: at least {@link QuoteForm#ROWS}, more if more were sent. */
	public List<Integer> rows() {
		return IntStream.range(0, Math.max(QuoteForm.ROWS, form.getLines().size())).boxed().toList();
	}

	public String sizeClass() {
		return form.getSizeClass();
	}

	public String origin(int row) {
		return row < form.getLines().size() && form.getLines().get(row) != null ? form.getLines().get(row).getOrigin()
				: null;
	}

	public Long price(int row) {
		return row < form.getLines().size() && form.getLines().get(row) != null ? form.getLines().get(row).getPriceIdr()
				: null;
	}

	public String error(String field) {
		return errors.get(field);
	}
}
