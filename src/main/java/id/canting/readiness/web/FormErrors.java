package id.canting.readiness.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The refusals of a readiness form as text, by field ({@code answers[MO-1].level}) and form-wide, for
 * templates whose field names (question codes with a dash) are not expressions Thymeleaf can bind.
 */
@Component
class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	void addTo(Model model, BindingResult result) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		List<String> global = List.of();
		if (result != null) {
			result.getFieldErrors().forEach(e -> fields.computeIfAbsent(e.getField(), k -> new java.util.ArrayList<>())
				.add(messages.getMessage(e, LocaleContextHolder.getLocale())));
			global = result.getGlobalErrors().stream().map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList();
		}
		model.addAttribute("fieldErrors", fields);
		model.addAttribute("globalErrors", global);
	}
}
