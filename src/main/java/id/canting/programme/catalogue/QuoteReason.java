package id.canting.programme.catalogue;

import java.util.List;

/**
 * One rule of the rate table that changed a quote: the rule's name ({@code noRate},
 * {@code maximum}, {@code minimum}) and the message key and arguments that say it in plain words.
 * Arguments are raw values (enum constants, amounts in IDR) for the reader's language to format.
 */
public record QuoteReason(String rule, String messageKey, List<Object> arguments) {

	static QuoteReason of(String rule, Object... arguments) {
		return new QuoteReason(rule, "programme.quote.reason." + rule, List.of(arguments));
	}
}
