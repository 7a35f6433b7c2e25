package id.canting.registry.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * A reporting half-year, written {@code 2024-S1} (January to June) or {@code 2024-S2} (July to
 * December), as small industries report to SIINas. The text form also sorts in time order, which
 * the SQL of the figures relies on.
 */
public record Semester(int year, int half) implements Comparable<Semester> {

	/** Reports start with the SIINas era; four digits keep the text form sortable. */
	static final int EARLIEST_YEAR = 2000;
	static final int LATEST_YEAR = 2999;
	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-S([12])");

	public Semester {
		if (year < EARLIEST_YEAR || year > LATEST_YEAR || half < 1 || half > 2) {
			throw new IllegalArgumentException("no such semester: " + year + "-S" + half);
		}
	}

	/**
	 * Reads {@code 2024-S1}; refuses anything else naming {@code field} and the expected form.
	 *
	 * @throws InvalidInputException with the rule {@code report.validation.semester}
	 */
	public static Semester parse(String text, String field) {
		return tryParse(text).orElseThrow(() -> new InvalidInputException(
				List.of(FieldViolation.of(field, text == null || text.isBlank() ? "validation.required"
						: "report.validation.semester", text))));
	}

	/** {@link #parse(String, String)} for the field {@code semester}. */
	public static Semester parse(String text) {
		return parse(text, "semester");
	}

	/** The semester, or empty when the text is not one (blank, {@code 2024-S3}, {@code 24-S1}, ...). */
	public static Optional<Semester> tryParse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
			return Optional.empty();
		}
		return Optional.of(new Semester(year, Integer.parseInt(matcher.group(2))));
	}

	/** The semester a day falls in. */
	public static Semester of(LocalDate day) {
		return new Semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
	}

	public Semester previous() {
		return half == 2 ? new Semester(year, 1) : new Semester(year - 1, 2);
	}

	public Semester next() {
		return half == 1 ? new Semester(year, 2) : new Semester(year + 1, 1);
	}

	/** The first day of the semester: 1 January or 1 July. */
	public LocalDate firstDay() {
		return LocalDate.of(year, half == 1 ? 1 : 7, 1);
	}

	@Override
	public int compareTo(Semester other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
	}

	public boolean isAfter(Semester other) {
		return compareTo(other) > 0;
	}

	/** {@code 2024-S1}. */
	@Override
	public String toString() {
		return year + "-S" + half;
	}
}
