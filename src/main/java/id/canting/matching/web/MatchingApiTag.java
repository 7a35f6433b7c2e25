package id.canting.matching.web;

/** The OpenAPI tag every business-matching endpoint is listed under (registered in OpenApiConfig). */
final class MatchingApiTag {

	static final String NAME = "Business matching";

	private MatchingApiTag() {
	}
}
