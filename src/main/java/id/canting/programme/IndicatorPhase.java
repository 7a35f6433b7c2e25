package id.canting.programme;

import java.util.List;
import java.util.Locale;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * When a beneficiary's indicators were measured: before the programme (BASELINE) or after it
 * (FOLLOW_UP). The impact of a programme is the change from the one to the other.
 */
public enum IndicatorPhase {
	BASELINE, FOLLOW_UP;

	/**
	 * Reads a phase as a URL or form gives it: {@code baseline}, {@code follow-up} or the constant's name.
	 *
	 * @throws InvalidInputException naming {@code phase} when it is neither
	 */
	public static IndicatorPhase parse(String raw) {
		String name = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (IndicatorPhase phase : values()) {
			if (phase.name().equals(name)) {
				return phase;
			}
		}
		throw new InvalidInputException(List.of(FieldViolation.of("phase", "validation.one-of", "baseline, follow-up")));
	}

	/** The phase as URLs write it: {@code baseline} or {@code follow-up}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
