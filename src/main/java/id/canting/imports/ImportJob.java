package id.canting.imports;

import java.time.Instant;

/**
 * An import job as its owner sees it: progress ({@code rowsRead} of {@code rowsTotal} in
 * {@code phase}), the sheet read, the preview counts, and after a commit how many rows were written. A failed job
 * says why with a message key and its arguments.
 */
public record ImportJob(long id, ImportKind kind, ImportStatus status, String phase, String fileName,
		String fileFormat, String createdBy, int rowsTotal, int rowsRead, int countNew, int countUpdated,
		int countUnchanged, int countInvalid, int countCommitted, CommitMode commitMode, String failureKey,
		String failureArgs, Instant createdAt, Instant updatedAt, String sheetName) {

	/** This job's id as the facade takes it. */
	public ImportJobId jobId() {
		return new ImportJobId(id);
	}


	/** Whether a commit would write anything: rows to add or change. */
	public boolean hasRowsToWrite() {
		return countNew + countUpdated > 0;
	}

	/** Rows that would be written by a commit of the valid rows. */
	public int countValid() {
		return countNew + countUpdated + countUnchanged;
	}

	/** Progress in percent for a progress bar. */
	public int percent() {
		return rowsTotal == 0 ? (status.running() ? 0 : 100) : Math.min(100, rowsRead * 100 / rowsTotal);
	}
}
