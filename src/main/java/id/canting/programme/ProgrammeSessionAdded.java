package id.canting.programme;

import java.time.LocalDate;

/** Ministry staff ({@code by}) added session {@code number} of a programme, held on {@code heldOn}. */
public record ProgrammeSessionAdded(String programmeCode, long sessionId, int number, LocalDate heldOn, String topic,
		String place, String by) {
}
