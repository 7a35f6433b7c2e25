package id.canting.registry.events;

import java.util.List;

/**
 * Semester reports were filed at once ({@code SemesterReportBatch}), each taken as far as asked. One
 * event for the lot instead of one per step of each report, so that listeners can write their records
 * in batches too; {@code steps} are the events one by one filing would have published, in order
 * ({@link SemesterReportDrafted}, {@link SemesterReportSubmitted}, {@link SemesterReportAccepted},
 * {@link SemesterReportReturned}).
 */
public record SemesterReportsFiled(List<Object> steps) {

	public SemesterReportsFiled {
		steps = List.copyOf(steps);
	}
}
