package id.canting.programme.web;

import java.util.List;

/** The answer to an eligibility check: every failed rule, by name and in plain words. */
record EligibilityResponse(boolean eligible, List<Reason> reasons) {

	record Reason(String rule, String message) {
	}
}
