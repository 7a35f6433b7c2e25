package id.canting.event.exhibitor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.canting.event.exhibitor.internal.CurationCheck;
import id.canting.event.exhibitor.internal.Proposal;
import id.canting.event.exhibitor.internal.Shortfall;
import id.canting.registry.ProductCategory;
import id.canting.shared.CodeLabel;

/**
 * The curation's reasons, shortfalls and violations in the reader's language: scores with two decimals,
 * categories by their labels.
 */
@Component
class CurationTexts {

	private final MessageSource messages;

	CurationTexts(MessageSource messages) {
		this.messages = messages;
	}

	String reason(Proposal.LeftOut leftOut) {
		return text("exhibitor.curation.reason." + leftOut.reason(), readable(leftOut.arguments()));
	}

	String shortfall(Shortfall shortfall) {
		List<Object> arguments = new ArrayList<>(List.of(shortfall.required(), shortfall.reachable(),
				shortfall.available(), shortfall.shortBy()));
		if (shortfall.constraint().startsWith("categoryMinimums.")) {
			arguments.add(CodeLabel.of("category.",
					ProductCategory.valueOf(shortfall.constraint().substring("categoryMinimums.".length()))));
		}
		return text(shortfall.messageKey(), arguments);
	}

	String violation(CurationCheck.Violation violation) {
		return text(violation.messageKey(), readable(violation.arguments()));
	}

	private List<Object> readable(List<Object> arguments) {
		List<Object> readable = new ArrayList<>();
		for (Object argument : arguments) {
			if (argument instanceof Double score) {
				readable.add(String.format(Locale.ROOT, "%.2f", score));
			}
			else if (argument instanceof String code && isCategory(code)) {
				readable.add(CodeLabel.of("category.", ProductCategory.valueOf(code)));
			}
			else {
				readable.add(argument);
			}
		}
		return readable;
	}

	private static boolean isCategory(String code) {
		for (ProductCategory category : ProductCategory.values()) {
			if (category.name().equals(code)) {
				return true;
			}
		}
		return false;
	}

	private String text(String key, List<Object> arguments) {
		Object[] resolved = arguments.stream()
			.map(a -> a instanceof org.springframework.context.MessageSourceResolvable r
					? messages.getMessage(r, LocaleContextHolder.getLocale()) : a)
			.toArray();
		return messages.getMessage(key, resolved, key, LocaleContextHolder.getLocale());
	}
}
