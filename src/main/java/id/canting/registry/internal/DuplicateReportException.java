package id.canting.registry.internal;

import java.util.Map;

import id.canting.registry.reports.Semester;
import id.canting.shared.ConflictException;

/** The IKM already has a report for that semester (one per semester); names it so the client can open it. */
public class DuplicateReportException extends ConflictException {

	private final long existingReportId;

	public DuplicateReportException(Semester semester, long existingReportId) {
		super("report.duplicate", semester.toString());
		this.existingReportId = existingReportId;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("existingReportId", existingReportId);
	}
}
