package id.canting.programme.application.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.QuoteReason;
import id.canting.programme.catalogue.ReimbursementQuote;
import id.canting.programme.catalogue.web.EligibilityMessages;

/**
 * Says a reimbursement quote in the reader's language: machine origins by their labels, the other
 * values as {@link EligibilityMessages} says them.
 */
@Component
class QuoteMessages {

	private final MessageSource messages;
	private final EligibilityMessages labels;

	QuoteMessages(MessageSource messages, EligibilityMessages labels) {
		this.messages = messages;
		this.labels = labels;
	}

	QuoteResponse response(ReimbursementQuote quote, Locale locale) {
		return new QuoteResponse(quote.amountIdr(), quote.linesTotalIdr(),
				quote.lines().stream()
					.map(l -> new QuoteResponse.Line(l.origin().name(), l.priceIdr(), l.ratePercent(),
							l.amountIdr()))
					.toList(),
				reasons(quote.reasons(), locale));
	}

	/** The rate table's reasons in the reader's language. */
	List<QuoteResponse.Reason> reasons(List<QuoteReason> reasons, Locale locale) {
		return reasons.stream().map(r -> new QuoteResponse.Reason(r.rule(), message(r, locale))).toList();
	}

	private String message(QuoteReason reason, Locale locale) {
		Object[] args = reason.arguments().stream().map(a -> label(a, locale)).toArray();
		return messages.getMessage(reason.messageKey(), args, locale);
	}

	private Object label(Object value, Locale locale) {
		if (value instanceof MachineOrigin origin) {
			return messages.getMessage("programme.origin." + origin.name(), null, origin.name(), locale);
		}
		return labels.label(value, locale);
	}
}
