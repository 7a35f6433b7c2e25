package id.canting.allocation.internal;

/**
 * Where an order stands: DRAFT (being written), PLANNED (a plan proposed, may be re-planned),
 * CONFIRMED (the plan confirmed), IN_PRODUCTION, DELIVERED, CLOSED (finished or cancelled).
 */
public enum OrderStatus {
	DRAFT, PLANNED, CONFIRMED, IN_PRODUCTION, DELIVERED, CLOSED
}
