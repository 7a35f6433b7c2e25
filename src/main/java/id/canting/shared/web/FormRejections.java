package id.canting.shared.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Puts a module's rule violations next to the form fields they concern, so a page shows them inline
 * (a violation of a field the form does not have becomes a form-wide error). Every module's form
 * controllers use this one.
 */
public final class FormRejections {

	private FormRejections() {
	}

	/**
	 * When binding already failed (letters in a number field), the rules still run on the rest, so the
	 * user sees every problem at once; the record is not saved either way.
	 */
	public static void alsoCheck(BindingResult result, Runnable rules) {
		try {
			rules.run();
		}
		catch (InvalidInputException e) {
			reject(result, e);
		}
	}

	/**
	 * For a step whose few fields are bound but shown from the request (the application's step forms):
	 * a value that could not be read refuses the step as its rules would, each field named with its
	 * message, before anything is taken.
	 */
	public static void refuseUnreadable(BindingResult result) {
		List<FieldViolation> violations = unreadable(result);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** The bound fields that could not be read, as violations of the rules' kind. */
	public static List<FieldViolation> unreadable(BindingResult result) {
		return result.getFieldErrors().stream()
			.map(e -> new FieldViolation(e.getField(), e.getCode(),
					e.getArguments() == null ? List.of() : Arrays.asList(e.getArguments())))
			.toList();
	}

	public static void reject(BindingResult result, InvalidInputException e) {
		e.violations().forEach(v -> {
			if (result.hasFieldErrors(v.field())) {
				return; // the binding error already says what is wrong with this field
			}
			// nested and indexed fields too, e.g. rates[1].ratePercent of a form with a list of rows
			if (result.getTarget() != null
					&& PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(v.field())) {
				result.rejectValue(v.field(), v.messageKey(), v.arguments().toArray(), v.messageKey());
			}
			else {
				result.reject(v.messageKey(), v.arguments().toArray(), v.messageKey());
			}
		});
	}
}
