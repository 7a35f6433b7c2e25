package id.canting.matching.internal.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says a {@link Phrase} in the reader's language: phrases among the arguments are said first, lists joined
 * with commas and alternatives with slashes; numbers are left to the message's own format
 * ({@code {0,number,integer}}), so 3.000 in Indonesian and 3,000 in English.
 */
@Component
public class RecommendationTexts {

	private final MessageSource messages;

	public RecommendationTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The phrase as the reader of {@code locale} reads it. */
	public String say(Phrase phrase, Locale locale) {
		if (Phrase.LIST.equals(phrase.key()) || Phrase.ALTERNATIVES.equals(phrase.key())) {
			List<String> parts = new ArrayList<>();
			for (Object argument : phrase.arguments()) {
				parts.add(said(argument, locale).toString());
			}
			return String.join(Phrase.LIST.equals(phrase.key()) ? ", " : "/", parts);
		}
		Object[] arguments = phrase.arguments().stream().map(a -> said(a, locale)).toArray();
		return messages.getMessage(phrase.key(), arguments, phrase.key(), locale);
	}

	private Object said(Object argument, Locale locale) {
		return argument instanceof Phrase inner ? say(inner, locale) : argument;
	}
}
