package id.canting.programme;

import java.util.List;

/** A machine-restructuring application's claim: its machines and what the rate table pays back for them. */
public record MachineClaim(long applicationId, List<ClaimLine> lines, ReimbursementQuote quote) {

	public MachineClaim {
		lines = List.copyOf(lines);
	}
}
