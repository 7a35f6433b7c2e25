package id.canting.programme.catalogue.internal;

import java.math.BigDecimal;
import java.util.List;

import id.canting.programme.catalogue.ProgrammeRules;

/**
 * A rate table as given by the form or the API, before {@link ProgrammeRules} read it: codes as
 * text, amounts in IDR. A line with neither origin, size class nor rate is an empty form row and is
 * skipped; the others are named by their position, e.g. {@code rates[1].ratePercent}.
 */
public record ReimbursementInput(List<Rate> rates, Long minimumIdr, Long maximumIdr) {

	/** Whether nothing at all was given (no line, no minimum, no maximum). */
	public boolean isEmpty() {
		return (rates == null || rates.stream().allMatch(r -> r == null || r.isBlank())) && minimumIdr == null
				&& maximumIdr == null;
	}

	/**
	 * One line as given.
	 *
	 * @param sizeClass KECIL, MENENGAH, or empty for every size class
	 */
	public record Rate(String origin, String sizeClass, BigDecimal ratePercent) {

		boolean isBlank() {
			return (origin == null || origin.isBlank()) && (sizeClass == null || sizeClass.isBlank())
					&& ratePercent == null;
		}
	}
}
