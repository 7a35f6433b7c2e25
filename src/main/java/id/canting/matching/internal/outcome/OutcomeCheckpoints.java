package id.canting.matching.internal.outcome;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.canting.matching.OutcomeCheckpoint;

/**
 * When each checkpoint of a held meeting opens, in Western Indonesian Time (the times of the slots):
 * AFTER_MEETING at the end of the meeting's slot; MONTH_1, MONTH_3 and MONTH_6 at the start (00:00) of
 * the same day of the month one, three and six months after the meeting's day (the last day of a shorter
 * month when that day does not exist: 31 January + 1 month = 28 or 29 February). A checkpoint stays open
 * once it has opened, so a late report is taken.
 */
public final class OutcomeCheckpoints {

	private OutcomeCheckpoints() {
	}

	/** The moment the checkpoint opens for a meeting held in the slot from {@code slotStart} to {@code slotEnd}. */
	public static LocalDateTime opensAt(OutcomeCheckpoint checkpoint, LocalDateTime slotStart, LocalDateTime slotEnd) {
		if (checkpoint == OutcomeCheckpoint.AFTER_MEETING) {
			return slotEnd;
		}
		return slotStart.toLocalDate().plusMonths(checkpoint.months()).atStartOfDay();
	}

	public static boolean isOpen(OutcomeCheckpoint checkpoint, LocalDateTime slotStart, LocalDateTime slotEnd,
			LocalDateTime now) {
		return !now.isBefore(opensAt(checkpoint, slotStart, slotEnd));
	}

	/** The checkpoints open at {@code now}, in order. */
	public static List<OutcomeCheckpoint> open(LocalDateTime slotStart, LocalDateTime slotEnd, LocalDateTime now) {
		return Arrays.stream(OutcomeCheckpoint.values()).filter(c -> isOpen(c, slotStart, slotEnd, now)).toList();
	}

	/** The last checkpoint to have opened by {@code now}, if any: the one a reminder asks about. */
	public static Optional<OutcomeCheckpoint> latestOpen(LocalDateTime slotStart, LocalDateTime slotEnd,
			LocalDateTime now) {
		List<OutcomeCheckpoint> open = open(slotStart, slotEnd, now);
		return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
	}
}
