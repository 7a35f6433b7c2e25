package id.canting.allocation.web;

/** The OpenAPI tag every order-allocation endpoint is listed under (registered in OpenApiConfig). */
final class AllocationApiTag {

	static final String NAME = "Order allocation";

	static final String DESCRIPTION = "Order allocation: large batik orders, eligible producers and their capacity, "
			+ "plans, progress and delivery";

	private AllocationApiTag() {
	}
}
