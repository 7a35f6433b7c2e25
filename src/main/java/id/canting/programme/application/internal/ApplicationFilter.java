package id.canting.programme.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** What a list of applications is narrowed to; every part is optional. */
public record ApplicationFilter(String programmeCode, ApplicationStatus status, String province, Long ikmId,
		Long sentraId, Integer year, ProgrammeType type) {

	public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null, null, null, null, null);

	/** Reads the raw parameters of a page or API call, naming each that is not understood. */
	public static ApplicationFilter of(String programme, String status, String province, Long ikm, Long sentra,
			Integer year, String type) {
		List<FieldViolation> violations = new ArrayList<>();
		ApplicationStatus parsedStatus = parse(ApplicationStatus.class, "status", status, violations);
		ProgrammeType parsedType = parse(ProgrammeType.class, "type", type, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		String code = programme == null || programme.isBlank() ? null : programme.strip().toUpperCase(Locale.ROOT);
		String prov = province == null || province.isBlank() ? null : province.strip();
		return new ApplicationFilter(code, parsedStatus, prov, ikm, sentra, year, parsedType);
	}

	public ApplicationFilter withStatus(ApplicationStatus newStatus) {
		return new ApplicationFilter(programmeCode, newStatus, province, ikmId, sentraId, year, type);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String raw, List<FieldViolation> violations) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			violations.add(FieldViolation.of(field, "validation.one-of",
					String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
			return null;
		}
	}
}
