package id.canting.registry.web;

import org.springframework.validation.BindingResult;

import id.canting.registry.internal.DuplicateNibException;
import id.canting.registry.internal.DuplicateSentraCodeException;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/** Puts the registry's refusals next to the form fields they concern: rule violations, and conflicts on their field. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void alsoCheck(BindingResult result, Runnable rules) {
		FormRejections.alsoCheck(result, rules);
	}

	/** A registry form's command: a duplicate NIB or sentra code belongs next to that field. */
	public static FormSubmission submission(BindingResult result) {
		return FormSubmission.of(result).onField(DuplicateNibException.class, "nib")
			.onField(DuplicateSentraCodeException.class, "code");
	}
}
