package id.canting.registry;

import id.canting.shared.NotFoundException;

/** The IKM has no report for the semester asked for. */
public class ReportNotFoundException extends NotFoundException {

	ReportNotFoundException(IkmId ikm, Semester semester) {
		super("report.not-found", semester.toString(), ikm.value());
	}
}
