package id.canting.matching.web;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;

/** A refusal as a sentence for a flash message on the matching pages (each field named for invalid input). */
@Component
class CoreRefusals {

	private final MessageSource messages;

	CoreRefusals(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Runs a page's one-click step: the notice on success, the refusal as a sentence otherwise (nothing
	 * changed); the caller redirects back.
	 */
	void step(RedirectAttributes redirect, String notice, Supplier<?> command) {
		try {
			command.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", text(e));
		}
	}

	String text(DomainException e) {
		if (e instanceof InvalidInputException invalid) {
			return invalid.violations().stream()
				.map(v -> field(v.field()) + ": " + messages.getMessage(v.messageKey(),
						resolved(v.arguments().toArray()), v.messageKey(), LocaleContextHolder.getLocale()))
				.collect(Collectors.joining("; "));
		}
		return messages.getMessage(e.messageKey(), resolved(e.arguments()), e.messageKey(),
				LocaleContextHolder.getLocale());
	}

	private String field(String name) {
		return messages.getMessage("matching.core.field." + name, null, name, LocaleContextHolder.getLocale());
	}

	private Object[] resolved(Object[] arguments) {
		return Arrays.stream(arguments)
			.map(a -> a instanceof MessageSourceResolvable r ? messages.getMessage(r, LocaleContextHolder.getLocale())
					: a)
			.toArray();
	}
}
