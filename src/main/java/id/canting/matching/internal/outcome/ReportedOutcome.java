package id.canting.matching.internal.outcome;

import java.time.Instant;

import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.ParticipantSide;

/** One side's report of a meeting at a checkpoint, as stored; {@code corrected} when it replaced an earlier one. */
public record ReportedOutcome(long meetingId, ParticipantSide side, OutcomeCheckpoint checkpoint, OutcomeResult result,
		Long valueIdr, String note, Instant reportedAt, String reportedBy, boolean corrected) {
}
