package id.canting.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Reads a day as a browser's date field sends it ({@code 2024-10-02}, spaces around it ignored) and
 * prints it so again; anything else is refused with {@code validation.date} naming what was typed.
 */
final class DayFormatter implements Formatter<LocalDate> {

	static final String REFUSAL = "validation.date";

	/** Blank text never reaches a formatter: Spring binds it as null. */
	@Override
	public LocalDate parse(String typed, Locale locale) {
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw new UnreadableInput(REFUSAL, typed.strip());
		}
	}

	@Override
	public String print(LocalDate day, Locale locale) {
		return day.toString();
	}

	/** Gives every {@link Day} field this formatter. */
	static final class Factory implements AnnotationFormatterFactory<Day> {

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(LocalDate.class);
		}

		@Override
		public Printer<LocalDate> getPrinter(Day annotation, Class<?> fieldType) {
			return new DayFormatter();
		}

		@Override
		public Parser<LocalDate> getParser(Day annotation, Class<?> fieldType) {
			return new DayFormatter();
		}
	}
}
