package id.canting.programme;

/** Ministry staff ({@code by}) removed session {@code number} of a programme, before anyone's attendance was recorded. */
public record ProgrammeSessionRemoved(String programmeCode, long sessionId, int number, String by) {
}
