package id.canting.registry.web;

import org.springframework.validation.BindingResult;

import id.canting.registry.DuplicateNibException;
import id.canting.registry.DuplicateSentraCodeException;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/** Puts the registry's refusals next to the form fields they concern: rule violations, and conflicts on their field. */
final class FormErrors {

	private FormErrors() {
	}

	static void alsoCheck(BindingResult result, Runnable rules) {
		FormRejections.alsoCheck(result, rules);
	}

	/** A registry form's command: a duplicate NIB or sentra code belongs next to that field. */
	static FormSubmission submission(BindingResult result) {
		return FormSubmission.of(result).onField(DuplicateNibException.class, "nib")
			.onField(DuplicateSentraCodeException.class, "code");
	}
}
