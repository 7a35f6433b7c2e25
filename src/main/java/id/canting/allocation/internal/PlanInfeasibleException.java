package id.canting.allocation.internal;

import java.util.List;

/** No plan can meet the order with these producers and rules; the reasons say why. */
public class PlanInfeasibleException extends RuntimeException {

	private final List<Explanation> reasons;

	public PlanInfeasibleException(List<Explanation> reasons) {
		super("plan infeasible: " + reasons);
		this.reasons = List.copyOf(reasons);
	}

	public List<Explanation> reasons() {
		return reasons;
	}
}
