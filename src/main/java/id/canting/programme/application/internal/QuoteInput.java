package id.canting.programme.application.internal;

import java.util.List;

/**
 * The question of a reimbursement quote as given by a form or the API, before {@link ClaimRules}
 * read it: the IKM's size class and each machine's origin and price.
 */
public record QuoteInput(String sizeClass, List<Line> lines) {

	/** One machine: DOMESTIC or IMPORTED, and its price in IDR. */
	public record Line(String origin, Long priceIdr) {
	}
}
