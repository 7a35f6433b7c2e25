package id.canting.event.exhibitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** The field rules of an exhibitor application, a decline and a score, each naming its field. */
final class ExhibitorRules {

	static final int PRODUCTS_MAX = 1000;
	static final int NOTES_MAX = 500;
	static final int REASON_MAX = 1000;
	/** Photos an application may carry. */
	static final int MAX_PHOTOS = 5;

	private ExhibitorRules() {
	}

	static ExhibitorInput checked(ExhibitorInput input) {
		List<FieldViolation> violations = new ArrayList<>();
		if (input.products() == null || input.products().isBlank()) {
			violations.add(FieldViolation.of("products", "exhibitor.validation.products.required"));
		}
		else if (input.products().strip().length() > PRODUCTS_MAX) {
			violations.add(FieldViolation.of("products", "validation.too-long", PRODUCTS_MAX, input.products().strip().length()));
		}
		if (input.boothNotes() != null && input.boothNotes().strip().length() > NOTES_MAX) {
			violations.add(FieldViolation.of("boothNotes", "validation.too-long", NOTES_MAX, input.boothNotes().strip().length()));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return input;
	}

	static String checkedReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException(List.of(FieldViolation.of("reason", "exhibitor.validation.reason.required")));
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new InvalidInputException(List.of(FieldViolation.of("reason", "validation.too-long", REASON_MAX, reason.strip().length())));
		}
		return reason.strip();
	}

	static Map<Criterion, Integer> checkedPoints(Map<Criterion, Integer> points, Map<Criterion, Integer> weights) {
		List<FieldViolation> violations = new ArrayList<>();
		weights.forEach((criterion, weight) -> {
			Integer value = points == null ? null : points.get(criterion);
			if (weight > 0 && value == null) {
				violations.add(FieldViolation.of("points." + criterion, "exhibitor.validation.points.required"));
			}
			else if (value != null && (value < 0 || value > 10)) {
				violations.add(FieldViolation.of("points." + criterion, "exhibitor.validation.points.range"));
			}
		});
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return points;
	}

	static Map<Criterion, Integer> checkedWeights(Map<Criterion, Integer> weights) {
		List<FieldViolation> violations = new ArrayList<>();
		int total = 0;
		for (Criterion criterion : Criterion.values()) {
			Integer weight = weights == null ? null : weights.get(criterion);
			if (weight == null || weight < 0 || weight > 100) {
				violations.add(FieldViolation.of("weights." + criterion, "exhibitor.validation.weight"));
			}
			else {
				total += weight;
			}
		}
		if (violations.isEmpty() && total == 0) {
			violations.add(FieldViolation.of("weights", "exhibitor.validation.weights.none"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return weights;
	}
}
