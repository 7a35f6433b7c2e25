package id.canting.programme.catalogue.web;

import java.math.BigDecimal;
import java.util.List;

import id.canting.programme.catalogue.ReimbursementRates;
import id.canting.programme.catalogue.internal.RateLine;
import id.canting.programme.catalogue.internal.ReimbursementInput;

/**
 * A machine-restructuring programme's rate table as the API shows and receives it: its lines (origin,
 * size class, rate in percent; a null size class is a line for every size class) and the minimum and
 * maximum per company in IDR.
 */
record ReimbursementBody(List<Rate> rates, Long minimumIdr, Long maximumIdr) {

	static ReimbursementBody of(ReimbursementRates table) {
		return table == null ? null
				: new ReimbursementBody(table.rates().stream().map(Rate::of).toList(), table.minimumIdr(),
						table.maximumIdr());
	}

	ReimbursementInput toInput() {
		return new ReimbursementInput(rates == null ? null
				: rates.stream()
					.map(r -> r == null ? null : new ReimbursementInput.Rate(r.origin(), r.sizeClass(), r.ratePercent()))
					.toList(),
				minimumIdr, maximumIdr);
	}

	/** One line; {@code ratePercent} without trailing zeros (30, 27.5). */
	record Rate(String origin, String sizeClass, BigDecimal ratePercent) {

		static Rate of(RateLine line) {
			return new Rate(line.origin().name(), line.sizeClass() == null ? null : line.sizeClass().name(),
					line.plainPercent());
		}
	}
}
