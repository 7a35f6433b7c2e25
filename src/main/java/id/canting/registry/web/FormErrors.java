package id.canting.registry.web;

import org.springframework.validation.BindingResult;

import id.canting.registry.internal.DuplicateNibException;
import id.canting.registry.internal.DuplicateSentraCodeException;
import id.canting.shared.ConflictException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormRejections;

/** Puts the registry's refusals next to the form fields they concern: rule violations, and conflicts on their field. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void alsoCheck(BindingResult result, Runnable rules) {
		FormRejections.alsoCheck(result, rules);
	}

	public static void reject(BindingResult result, InvalidInputException e) {
		FormRejections.reject(result, e);
	}

	/** A duplicate NIB or sentra code belongs next to that field. */
	public static void reject(BindingResult result, ConflictException e) {
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
}
