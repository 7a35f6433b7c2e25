package id.canting.shared.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Reads an amount of rupiah as people type it on a form: {@code 25000000}, Indonesian
 * {@code 25.000.000} or {@code Rp25.000.000,00}, or English {@code 25,000,000}. Rupiah amounts are
 * whole, so a decimal part may only be zeros. Anything else is not an amount: the one strict rule for
 * every {@link Rupiah} field, so that no page reads {@code 25.000,50} or {@code 1.2.3} as some other
 * number. Prints the plain digits.
 */
final class RupiahFormatter implements Formatter<TypedAmount> {

	private static final Pattern PLAIN = Pattern.compile("\\d{1,16}");
	private static final Pattern INDONESIAN = Pattern.compile("\\d{1,3}(\\.\\d{3}){1,5}(,0{1,2})?");
	private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(,\\d{3}){1,5}(\\.0{1,2})?");

	private final String refusal;

	RupiahFormatter(String refusal) {
		this.refusal = refusal;
	}

	/** Blank text never reaches a formatter: Spring binds it as null. */
	@Override
	public TypedAmount parse(String typed, Locale locale) {
		Long amount = amountOf(typed);
		if (amount == null) {
			throw new UnreadableInput(refusal, typed.strip());
		}
		return new TypedAmount(amount);
	}

	@Override
	public String print(TypedAmount amount, Locale locale) {
		return amount.toString();
	}

	/** The amount typed, or null when the text is not an amount of rupiah. */
	static Long amountOf(String typed) {
		String value = typed.strip().toUpperCase(Locale.ROOT).replaceFirst("^(RP\\.?|IDR)", "").replace(" ", "")
			.replace("\u00a0", "");
		if (PLAIN.matcher(value).matches()) {
			return Long.parseLong(value);
		}
		if (INDONESIAN.matcher(value).matches()) {
			return Long.parseLong(value.replaceFirst(",0+$", "").replace(".", ""));
		}
		if (ENGLISH.matcher(value).matches()) {
			return Long.parseLong(value.replaceFirst("\\.0+$", "").replace(",", ""));
		}
		return null;
	}

	/** Gives every {@link Rupiah} field its formatter, with the field's own refusal. */
	static final class Factory implements AnnotationFormatterFactory<Rupiah> {

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(TypedAmount.class);
		}

		@Override
		public Printer<TypedAmount> getPrinter(Rupiah annotation, Class<?> fieldType) {
			return new RupiahFormatter(annotation.refusal());
		}

		@Override
		public Parser<TypedAmount> getParser(Rupiah annotation, Class<?> fieldType) {
			return new RupiahFormatter(annotation.refusal());
		}
	}
}
