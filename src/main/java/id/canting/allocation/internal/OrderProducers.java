package id.canting.allocation.internal;

import java.util.List;

import id.canting.allocation.AllocationOrderId;

/** The producers an order may be allocated to (implemented by the eligibility room). */
public interface OrderProducers {

	/** Every eligible IKM with its capacity for this order (zero-capacity IKM are not eligible). */
	List<EligibleProducer> eligibleProducers(AllocationOrderId orderId);
}
