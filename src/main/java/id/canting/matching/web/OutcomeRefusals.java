package id.canting.matching.web;

import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;

/** A refusal of the day's pages as a sentence for a flash message (each field named for invalid input). */
@Component
class OutcomeRefusals {

	private final MessageSource messages;

	OutcomeRefusals(MessageSource messages) {
		this.messages = messages;
	}

	String text(DomainException e) {
		if (e instanceof InvalidInputException invalid) {
			return invalid.violations().stream()
				.map(v -> messages.getMessage("matching.outcome.field." + v.field(), null, v.field(),
						LocaleContextHolder.getLocale()) + ": "
						+ messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(),
								LocaleContextHolder.getLocale()))
				.collect(Collectors.joining("; "));
		}
		return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
	}
}
