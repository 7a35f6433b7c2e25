package id.canting.matching.web;

import java.util.List;
import java.util.Locale;

import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.outcome.OutcomeInput;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the day's and the outcomes' API calls. */
final class OutcomeRequests {

	private OutcomeRequests() {
	}

	/** A side's mark of a meeting: {@code held} or {@code no-show} (the other side did not come). */
	@Schema(description = "One side's mark of a meeting on the day")
	record AttendanceRequest(
			@Schema(description = "held, or no-show (the other side did not come); HELD and NO_SHOW are read too", example = "held") String mark,
			@Schema(description = "The side an organiser marks for; a participant marks for their own side") ParticipantSide side) {

		Meeting.Check check() {
			String value = mark == null ? "" : mark.strip().toUpperCase(Locale.ROOT).replace('-', '_');
			return switch (value) {
				case "HELD" -> Meeting.Check.HELD;
				case "NO_SHOW" -> Meeting.Check.NO_SHOW;
				default -> throw new InvalidInputException(
						List.of(FieldViolation.of("mark", "matching.outcome.validation.mark")));
			};
		}
	}

	/** A walk-in meeting: the buyer, the seller and a slot of today. */
	@Schema(description = "A walk-in meeting booked on the day into a slot where both are free")
	record WalkInRequest(@Schema(description = "The buyer's participant id") Long buyer,
			@Schema(description = "The seller's participant id") Long seller,
			@Schema(description = "The slot's id (a slot of today that has not ended)") Long slot) {
	}

	/** One side's report of a held meeting at a checkpoint. */
	@Schema(description = "One side's report of what came of a held meeting by a checkpoint")
	record OutcomeRequest(@Schema(description = "AFTER_MEETING (open from the slot's end), MONTH_1, MONTH_3, MONTH_6 (open from the meeting's day plus 1, 3, 6 months)") OutcomeCheckpoint checkpoint,
			OutcomeResult result,
			@Schema(description = "Value of the orders placed so far, in Rupiah: required for ORDER_PLACED (0 or more), not allowed otherwise") Long valueIdr,
			@Schema(description = "At most 1,000 characters") String note,
			@Schema(description = "The side an organiser reports for; a participant reports for their own side") ParticipantSide side) {

		OutcomeInput input() {
			return new OutcomeInput(checkpoint, result, valueIdr, note, side);
		}
	}
}
