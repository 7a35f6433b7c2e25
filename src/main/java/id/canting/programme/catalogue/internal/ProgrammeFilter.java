package id.canting.programme.catalogue.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.canting.programme.catalogue.ProgrammeStatus;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** The catalogue's filters, each optional: type, programme year and status. */
public record ProgrammeFilter(ProgrammeType type, Integer year, ProgrammeStatus status) {

	/**
	 * Reads the query parameters.
	 *
	 * @throws InvalidInputException naming {@code type} or {@code status} when not known
	 */
	public static ProgrammeFilter of(String type, Integer year, String status) {
		List<FieldViolation> violations = new java.util.ArrayList<>();
		ProgrammeType t = parse("type", type, ProgrammeType.class, violations);
		ProgrammeStatus s = parse("status", status, ProgrammeStatus.class, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new ProgrammeFilter(t, year, s);
	}

	private static <E extends Enum<E>> E parse(String field, String raw, Class<E> type, List<FieldViolation> v) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			v.add(FieldViolation.of(field, "validation.one-of",
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
	}
}
