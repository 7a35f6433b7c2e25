package id.canting.registry.web;

import org.springframework.validation.BindingResult;

import id.canting.registry.DuplicateNibException;
import id.canting.registry.DuplicateSentraCodeException;
import id.canting.shared.ConflictException;
import id.canting.shared.InvalidInputException;

/** Puts the registry's refusals next to the form fields they concern, so a page shows them inline. */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * When binding already failed (letters in a number field), the rules still run on the rest, so the
	 * user sees every problem at once; the record is not saved either way.
	 */
	static void alsoCheck(BindingResult result, Runnable rules) {
		try {
			rules.run();
		}
		catch (InvalidInputException e) {
			reject(result, e);
		}
	}

	static void reject(BindingResult result, InvalidInputException e) {
		e.violations().forEach(v -> {
			if (result.hasFieldErrors(v.field())) {
				return; // the binding error already says what is wrong with this field
			}
			if (hasField(result, v.field())) {
				result.rejectValue(v.field(), v.messageKey(), v.arguments().toArray(), v.messageKey());
			}
			else {
				result.reject(v.messageKey(), v.arguments().toArray(), v.messageKey());
			}
		});
	}

	static void reject(BindingResult result, ConflictException e) {
		if (e instanceof DuplicateNibException) {
			result.rejectValue("nib", e.messageKey(), e.arguments(), e.messageKey());
		}
		else if (e instanceof DuplicateSentraCodeException) {
			result.rejectValue("code", e.messageKey(), e.arguments(), e.messageKey());
		}
		else {
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		return result.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null;
	}
}
