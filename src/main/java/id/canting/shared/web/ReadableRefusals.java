package id.canting.shared.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A value a registered formatter could not read becomes its field's error with the module's own
 * message key and what was typed as its argument (for an amount, that 25 juta is not an amount), rather than
 * Spring's generic {@code typeMismatch}; every other binding failure is Spring's as before.
 */
@ControllerAdvice
class ReadableRefusals extends DefaultBindingErrorProcessor {

	@InitBinder
	void useFor(WebDataBinder binder) {
		binder.setBindingErrorProcessor(this);
	}

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
		UnreadableInput unreadable = unreadable(ex);
		if (unreadable == null) {
			super.processPropertyAccessException(ex, result);
			return;
		}
		String field = ex.getPropertyName();
		FieldError error = new FieldError(result.getObjectName(), field, ex.getValue(), true,
				new String[] { unreadable.messageKey() }, unreadable.arguments(), unreadable.messageKey());
		error.wrap(ex);
		result.addError(error);
	}

	private static UnreadableInput unreadable(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnreadableInput unreadable) {
				return unreadable;
			}
		}
		return null;
	}
}
