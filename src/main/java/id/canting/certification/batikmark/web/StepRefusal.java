package id.canting.certification.batikmark.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

import id.canting.shared.ConflictException;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;

/**
 * A step a certification page refused, in the reader's language, shown inside the step's own form:
 * the problem and each field's first message.
 *
 * @param action the form that shows it (sampling, bill, suspend ...)
 */
record StepRefusal(String action, String problem, Map<String, String> fields) {

	static StepRefusal of(String action, DomainException e, MessageSource messages, java.util.Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (e instanceof InvalidInputException invalid) {
			invalid.violations().forEach(v -> fields.putIfAbsent(v.field(),
					messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)));
			return new StepRefusal(action, messages.getMessage("form.has-errors", null, locale), fields);
		}
		return new StepRefusal(action, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale),
				fields);
	}

	/** 400 a field, 409 the status, 422 a rule. */
	static HttpStatus statusOf(DomainException e) {
		if (e instanceof InvalidInputException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (e instanceof ConflictException) {
			return HttpStatus.CONFLICT;
		}
		return HttpStatus.UNPROCESSABLE_CONTENT;
	}
}
