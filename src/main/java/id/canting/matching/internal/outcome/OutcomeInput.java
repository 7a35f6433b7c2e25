package id.canting.matching.internal.outcome;

import java.util.ArrayList;
import java.util.List;

import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.ParticipantSide;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * One side's report of a held meeting at a checkpoint: the result, the value in Rupiah (required for an
 * order placed, 0 or more, and only then), a note of at most 1,000 characters. {@code side} is for an
 * organiser entering a report on a side's behalf; a participant reports for their own side.
 */
public record OutcomeInput(OutcomeCheckpoint checkpoint, OutcomeResult result, Long valueIdr, String note,
		ParticipantSide side) {

	static final int NOTE_MAX = 1000;

	/** The input when every field rule holds; otherwise every broken rule at once, naming its field. */
	public OutcomeInput checked() {
		List<FieldViolation> violations = new ArrayList<>();
		if (checkpoint == null) {
			violations.add(FieldViolation.of("checkpoint", "validation.required"));
		}
		if (result == null) {
			violations.add(FieldViolation.of("result", "validation.required"));
		}
		if (result == OutcomeResult.ORDER_PLACED && valueIdr == null) {
			violations.add(FieldViolation.of("valueIdr", "matching.outcome.validation.value-required"));
		}
		if (valueIdr != null && valueIdr < 0) {
			violations.add(FieldViolation.of("valueIdr", "matching.outcome.validation.value-negative"));
		}
		if (valueIdr != null && result != null && result != OutcomeResult.ORDER_PLACED) {
			violations.add(FieldViolation.of("valueIdr", "matching.outcome.validation.value-only-for-order"));
		}
		String trimmed = note == null || note.isBlank() ? null : note.strip();
		if (trimmed != null && trimmed.length() > NOTE_MAX) {
			violations.add(FieldViolation.of("note", "matching.outcome.validation.note-length", NOTE_MAX));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new OutcomeInput(checkpoint, result, valueIdr, trimmed, side);
	}
}
