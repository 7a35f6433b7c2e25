package id.canting.programme.application.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reimbursement quote as the API and the calculator show it: the amount one company would receive,
 * each machine with its rate and amount (a null rate where the table has none), the sum of the lines
 * before the minimum and maximum, and every rule that changed the amount in plain words.
 */
record QuoteResponse(long amountIdr, long linesTotalIdr, List<Line> lines, List<Reason> reasons) {

	record Line(String origin, long priceIdr, BigDecimal ratePercent, long amountIdr) {
	}

	record Reason(String rule, String message) {
	}
}
