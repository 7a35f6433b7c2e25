package id.canting.trade.web;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

import id.canting.shared.InvalidInputException;

/** Puts trade rule violations next to the form fields they concern. */
final class TradeFormErrors {

	private TradeFormErrors() {
	}

	/** When binding already failed (letters in an amount), the rules still run, so every problem shows at once. */
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
			if (result.getTarget() != null && BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), v.field()) != null) {
				result.rejectValue(v.field(), v.messageKey(), v.arguments().toArray(), v.messageKey());
			}
			else {
				result.reject(v.messageKey(), v.arguments().toArray(), v.messageKey());
			}
		});
	}
}
