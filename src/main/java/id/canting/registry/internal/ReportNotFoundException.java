package id.canting.registry.internal;

import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.shared.NotFoundException;

/** The IKM has no report for the semester asked for. */
public class ReportNotFoundException extends NotFoundException {

	public ReportNotFoundException(IkmId ikm, Semester semester) {
		super("report.not-found", semester.toString(), ikm.value());
	}
}
