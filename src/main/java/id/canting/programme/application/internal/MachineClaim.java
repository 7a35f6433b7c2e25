package id.canting.programme.application.internal;

import java.util.List;

import id.canting.programme.application.ClaimLine;
import id.canting.programme.catalogue.ReimbursementQuote;

/** A machine-restructuring application's claim: its machines and what the rate table pays back for them. */
public record MachineClaim(long applicationId, List<ClaimLine> lines, ReimbursementQuote quote) {

	public MachineClaim {
		lines = List.copyOf(lines);
	}
}
