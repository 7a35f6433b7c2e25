package id.canting.matching.internal.outcome;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.ParticipantSide;

/**
 * A held meeting as one of its sides sees it on the outcomes page: the counterpart, when it was, the
 * side's reports so far, the checkpoints open now and the next one to open.
 */
public record HeldMeeting(long meetingId, ParticipantSide side, String counterpart, LocalDateTime slotStart,
		LocalDateTime slotEnd, List<ReportedOutcome> reports, List<OutcomeCheckpoint> open, OutcomeCheckpoint next,
		LocalDateTime nextOpensAt) {

	/** The meeting's start on the WIB clock, as pages and documents write moments. */
	public ZonedDateTime startsAtWib() {
		return slotStart.atZone(ZoneId.of("Asia/Jakarta"));
	}

	/** The side's report at this checkpoint, or null. */
	public ReportedOutcome reportAt(OutcomeCheckpoint checkpoint) {
		return reports.stream().filter(r -> r.checkpoint() == checkpoint).findFirst().orElse(null);
	}
}
