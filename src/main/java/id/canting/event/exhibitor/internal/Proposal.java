package id.canting.event.exhibitor.internal;

import java.util.List;

/**
 * A selection proposed by {@link CurationSolver}. {@code optimal} is true only when the solver proved
 * it (status OPTIMAL: its bound equals the objective); {@code bound} is the best total score the solver
 * proved possible with the same number of new exhibitors, equal to {@code totalScore} when optimal.
 * {@code leftOut} gives, for every applicant not selected, the constraint that kept it out.
 */
public record Proposal(List<Applicant> selected, double totalScore, boolean optimal, double bound, String solverStatus,
		long millis, List<LeftOut> leftOut) {

	/** An applicant left out and why, as a message key ({@code exhibitor.curation.reason.*}) with its arguments. */
	public record LeftOut(Applicant applicant, String reason, List<Object> arguments) {
	}
}
