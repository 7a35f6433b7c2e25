package id.canting.allocation.internal;

import java.util.Map;

import id.canting.allocation.AllocationOrderId;
import id.canting.registry.IkmId;

/** Re-planning of a confirmed order (implemented by the plan room). */
public interface AllocationPlanning {

	/**
	 * Re-plans the remaining quantity of a CONFIRMED/IN_PRODUCTION order: delivered and locked quantities
	 * stay, each IKM in {@code caps} gets at most that total; the result becomes the current confirmed plan.
	 *
	 * @throws PlanInfeasibleException when the remaining quantity cannot be placed
	 */
	PlanResult replan(AllocationOrderId orderId, Map<IkmId, Long> caps, String actor);
}
