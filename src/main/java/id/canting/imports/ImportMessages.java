package id.canting.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Renders a stored import message whatever was typed into the file. Arguments are stored as text; a
 * message such as "must be a year between {0,number,#} and {1,number,#}" needs numbers, so numeric
 * text is passed as a number, and a value that still does not fit the pattern is shown as typed
 * rather than failing the page, the errors API or the rejected-rows file.
 */
public final class ImportMessages {

	private ImportMessages() {
	}

	public static String render(MessageSource messages, String key, List<String> arguments, Locale locale) {
		String pattern = messages.getMessage(key, null, key, locale);
		Object[] values = new Object[arguments == null ? 0 : arguments.size()];
		for (int i = 0; i < values.length; i++) {
			String argument = arguments.get(i);
			// only where the message formats the argument as a number: a NIB stays as typed, not 3.201.234…
			values[i] = pattern.contains("{" + i + ",number") ? value(argument) : argument;
		}
		try {
			return messages.getMessage(key, values, key, locale);
		}
		catch (IllegalArgumentException e) {
			String text = pattern;
			for (int i = 0; i < values.length; i++) {
				text = text.replaceAll("\\{" + i + "(,[^}]*)?\\}",
						java.util.regex.Matcher.quoteReplacement(String.valueOf(arguments.get(i))));
			}
			return text;
		}
	}

	private static Object value(String argument) {
		if (argument != null && argument.matches("-?\\d{1,18}")) {
			return Long.valueOf(argument);
		}
		if (argument != null && argument.matches("-?\\d{1,30}\\.\\d{1,10}")) {
			return new BigDecimal(argument);
		}
		return argument;
	}
}
