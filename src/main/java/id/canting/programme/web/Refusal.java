package id.canting.programme.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import id.canting.shared.ConflictException;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.RuleRefusedException;

/**
 * A workflow step the page refused, in the reader's language, to show inside the step's own form:
 * the problem, the fields it concerns (message by field) and, for an ineligible applicant, every
 * rule failed.
 *
 * @param action the step that was refused (verify, approve ...), naming the form that shows it
 */
public record Refusal(String action, String problem, Map<String, String> fields, List<String> reasons) {

	/** What the step's answer says: 400 a field, 409 the status or a clash, 422 a rule. */
	public static HttpStatus statusOf(DomainException e) {
		if (e instanceof InvalidInputException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (e instanceof ConflictException) {
			return HttpStatus.CONFLICT;
		}
		if (e instanceof RuleRefusedException) {
			return HttpStatus.UNPROCESSABLE_CONTENT;
		}
		throw new IllegalArgumentException("not a refusal a form shows: " + e.getClass().getName());
	}
}
