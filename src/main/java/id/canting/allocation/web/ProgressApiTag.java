package id.canting.allocation.web;

/** The OpenAPI tag the allocation endpoints are listed under (registered in OpenApiConfig). */
final class ProgressApiTag {

	static final String NAME = "Order allocation";

	private ProgressApiTag() {
	}
}
