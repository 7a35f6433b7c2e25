package id.canting.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's refusal as one message per field ({@code form} for one that names no field), in the reader's
 * language: for pages that show the errors of several small forms on one page (a row's report, a
 * meeting's outcome) rather than through one bound form object.
 */
public final class FieldMessages {

	private FieldMessages() {
	}

	public static Map<String, String> byField(BindingResult result, MessageSource messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ObjectError error : result.getAllErrors()) {
			String field = error instanceof FieldError f ? f.getField() : "form";
			errors.merge(field, messages.getMessage(error, LocaleContextHolder.getLocale()), (a, b) -> a + " " + b);
		}
		return errors;
	}
}
