package id.canting.development.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The field rules of sentra development, each naming the field it refuses (as the API and the forms
 * name it: {@code facilities[2].count}, {@code latitude}, …). Every check throws one
 * {@link InvalidInputException} with all violations found, so a refused request changes nothing.
 */
public final class DevelopmentRules {

	/** Indonesia's bounding box (WGS 84), from Sabang and Rote to Merauke and Miangas, with a small margin. */
	public static final BigDecimal SOUTH = new BigDecimal("-11.2");
	public static final BigDecimal NORTH = new BigDecimal("6.2");
	public static final BigDecimal WEST = new BigDecimal("94.7");
	public static final BigDecimal EAST = new BigDecimal("141.1");
	public static final int MAX_FACILITIES = 100;
	public static final int MAX_COUNT = 10_000;
	public static final int NAME_LENGTH = 200;
	public static final int TEXT_LENGTH = 1000;
	public static final int MAX_WEIGHT = 100;

	private DevelopmentRules() {
	}

	/** The accepted facility lines; two lines of one kind (or of equipment with one name) are refused. */
	public static List<SentraFacility> facilities(List<FacilityLine> lines) {
		List<FieldViolation> violations = new ArrayList<>();
		List<SentraFacility> accepted = new ArrayList<>();
		if (lines.size() > MAX_FACILITIES) {
			violations.add(FieldViolation.of("facilities", "development.validation.facilities.too-many", MAX_FACILITIES));
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			FacilityLine line = lines.get(i);
			String at = "facilities[" + i + "].";
			if (line == null) {
				violations.add(FieldViolation.of("facilities[" + i + "]", "validation.required"));
				continue;
			}
			String name = line.name() == null || line.name().isBlank() ? null : line.name().strip();
			if (line.kind() == null) {
				violations.add(FieldViolation.of(at + "kind", "validation.required"));
			}
			else if (line.kind().isNamed() && name == null) {
				violations.add(FieldViolation.of(at + "name", "development.validation.facility.name"));
			}
			if (name != null && name.length() > NAME_LENGTH) {
				violations.add(FieldViolation.of(at + "name", "validation.too-long", NAME_LENGTH, name.length()));
			}
			if (line.count() == null) {
				violations.add(FieldViolation.of(at + "count", "validation.required"));
			}
			else if (line.count() < 0 || line.count() > MAX_COUNT) {
				violations.add(FieldViolation.of(at + "count", "development.validation.facility.count", MAX_COUNT));
			}
			if (line.condition() == null) {
				violations.add(FieldViolation.of(at + "condition", "validation.required"));
			}
			if (line.kind() != null && line.count() != null && line.condition() != null) {
				SentraFacility facility = new SentraFacility(line.kind(), name, line.count(), line.condition());
				if (!keys.add(facility.key().toLowerCase())) {
					violations.add(FieldViolation.of(at + "kind", "development.validation.facility.duplicate"));
				}
				accepted.add(facility);
			}
		}
		refuse(violations);
		return accepted;
	}

	/** Both coordinates or neither, within Indonesia's bounding box; six decimals kept. */
	public static SentraLocation location(BigDecimal latitude, BigDecimal longitude) {
		List<FieldViolation> violations = new ArrayList<>();
		if (latitude == null && longitude == null) {
			return SentraLocation.UNKNOWN;
		}
		if (latitude == null) {
			violations.add(FieldViolation.of("latitude", "development.validation.location.both"));
		}
		else if (latitude.compareTo(SOUTH) < 0 || latitude.compareTo(NORTH) > 0) {
			violations.add(FieldViolation.of("latitude", "development.validation.latitude", SOUTH, NORTH));
		}
		if (longitude == null) {
			violations.add(FieldViolation.of("longitude", "development.validation.location.both"));
		}
		else if (longitude.compareTo(WEST) < 0 || longitude.compareTo(EAST) > 0) {
			violations.add(FieldViolation.of("longitude", "development.validation.longitude", WEST, EAST));
		}
		refuse(violations);
		return new SentraLocation(latitude.setScale(6, java.math.RoundingMode.HALF_UP),
				longitude.setScale(6, java.math.RoundingMode.HALF_UP));
	}

	/** A need's text (required, at most 1,000 characters) and priority (required). */
	public static String need(String description, NeedPriority priority) {
		List<FieldViolation> violations = new ArrayList<>();
		String text = description == null ? "" : description.strip();
		if (text.isEmpty()) {
			violations.add(FieldViolation.of("description", "validation.required"));
		}
		else if (text.length() > TEXT_LENGTH) {
			violations.add(FieldViolation.of("description", "validation.too-long", TEXT_LENGTH, text.length()));
		}
		if (priority == null) {
			violations.add(FieldViolation.of("priority", "validation.required"));
		}
		refuse(violations);
		return text;
	}

	/** What was provided (required), on a day not after today, at a cost of zero or more rupiah. */
	public static void project(ProjectInput input, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		String provided = input.provided() == null ? "" : input.provided().strip();
		if (provided.isEmpty()) {
			violations.add(FieldViolation.of("provided", "validation.required"));
		}
		else if (provided.length() > TEXT_LENGTH) {
			violations.add(FieldViolation.of("provided", "validation.too-long", TEXT_LENGTH, provided.length()));
		}
		if (input.providedOn() == null) {
			violations.add(FieldViolation.of("providedOn", "validation.required"));
		}
		else if (input.providedOn().isAfter(today)) {
			violations.add(FieldViolation.of("providedOn", "development.validation.project.future"));
		}
		if (input.costIdr() == null) {
			violations.add(FieldViolation.of("costIdr", "validation.required"));
		}
		else if (input.costIdr() < 0) {
			violations.add(FieldViolation.of("costIdr", "development.validation.project.cost"));
		}
		if ((input.conditionBefore() != null || input.conditionAfter() != null) && input.facilityKind() == null) {
			violations.add(FieldViolation.of("facilityKind", "development.validation.project.facility"));
		}
		refuse(violations);
	}

	/** Every part present, each 0–100, not all zero. */
	public static ScoreWeights weights(Map<ScorePart, Integer> given) {
		List<FieldViolation> violations = new ArrayList<>();
		int total = 0;
		for (ScorePart part : ScorePart.values()) {
			Integer weight = given.get(part);
			String field = "weights[" + part.name() + "]";
			if (weight == null) {
				violations.add(FieldViolation.of(field, "validation.required"));
			}
			else if (weight < 0 || weight > MAX_WEIGHT) {
				violations.add(FieldViolation.of(field, "development.validation.weight", MAX_WEIGHT));
			}
			else {
				total += weight;
			}
		}
		if (violations.isEmpty() && total == 0) {
			violations.add(FieldViolation.of("weights", "development.validation.weights.zero"));
		}
		refuse(violations);
		return new ScoreWeights(given);
	}

	private static void refuse(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
