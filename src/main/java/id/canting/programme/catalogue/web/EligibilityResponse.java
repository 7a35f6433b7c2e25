package id.canting.programme.catalogue.web;

import java.util.List;

/** The answer to an eligibility check: every failed rule, by name and in plain words. */
public record EligibilityResponse(boolean eligible, List<Reason> reasons) {

	public record Reason(String rule, String message) {
	}
}
