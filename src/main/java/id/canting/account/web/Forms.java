package id.canting.account.web;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

import id.canting.shared.InvalidInputException;

/** Puts the account module's refusals next to the form fields they concern, so a page shows them inline. */
final class Forms {

	private Forms() {
	}

	/** Runs a change; a refusal lands on the form instead of an error page, and nothing was changed. */
	static void attempt(BindingResult result, Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInputException e) {
			reject(result, e);
		}
	}

	/**
	 * The facade stops at the first rule group that fails (account fields before the password), so
	 * after a refusal the remaining rules run on their own and the user sees every problem at once.
	 */
	static void alsoCheck(BindingResult result, Runnable rules) {
		attempt(result, rules);
	}

	static void reject(BindingResult result, InvalidInputException e) {
		e.violations().forEach(v -> {
			if (result.hasFieldErrors(v.field())) {
				return; // one message per field: the first rule it broke
			}
			if (hasField(result, v.field())) {
				result.rejectValue(v.field(), v.messageKey(), v.arguments().toArray(), v.messageKey());
			}
			else {
				result.reject(v.messageKey(), v.arguments().toArray(), v.messageKey());
			}
		});
	}

	private static boolean hasField(BindingResult result, String field) {
		return result.getTarget() != null && BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null;
	}
}
