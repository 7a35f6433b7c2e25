package id.canting.matching.internal.schedule;

import java.util.List;

/**
 * A meeting the schedule could not place and why, as a message key ({@code matching.schedule.unplaced.…})
 * with its arguments, so pages and the API say it in the reader's language.
 */
public record Unplaced(long meetingId, String reason, List<Object> args) {

	public Unplaced {
		args = List.copyOf(args);
	}
}
