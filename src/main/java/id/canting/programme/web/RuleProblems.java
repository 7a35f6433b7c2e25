package id.canting.programme.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import id.canting.shared.DomainException;

/**
 * The 422 problem of a programme rule that carries its reasons (every failed eligibility rule, the
 * rate table's reasons), as the shared Problem Details for rule refusals plus a {@code reasons} list
 * in the reader's language.
 */
public final class RuleProblems {

	private RuleProblems() {
	}

	public static ProblemDetail withReasons(DomainException e, List<?> reasons, MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(e.messageKey(), e.arguments(), locale));
		problem.setType(URI.create("urn:canting:problem:rule-refused"));
		problem.setTitle(messages.getMessage("problem.rule-refused.title", null, locale));
		problem.setProperty("reasons", reasons);
		return problem;
	}
}
