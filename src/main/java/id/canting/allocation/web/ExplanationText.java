package id.canting.allocation.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.canting.allocation.internal.Explanation;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;

/**
 * Reasons and refusals as sentences in the reader's language, for the pages (and the API's reason texts):
 * an {@link Explanation}'s key with its arguments, numbers formatted as the reader writes them.
 */
@Component("allocationText")
public class ExplanationText {

	private final MessageSource messages;

	ExplanationText(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Explanation e) {
		return messages.getMessage(e.code(), e.args().toArray(), e.code(), LocaleContextHolder.getLocale());
	}

	public String texts(List<Explanation> reasons) {
		return reasons.stream().map(this::text).collect(Collectors.joining("; "));
	}

	/** A refusal as one sentence (each field named for invalid input), for a flash message. */
	public String refusal(DomainException e) {
		if (e instanceof InvalidInputException invalid) {
			return invalid.violations().stream()
				.map(v -> messages.getMessage("allocation.order.field." + v.field().replaceAll("\\[\\d+\\]", ""), null,
						v.field(), LocaleContextHolder.getLocale()) + ": "
						+ messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(),
								LocaleContextHolder.getLocale()))
				.collect(Collectors.joining("; "));
		}
		return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
	}
}
