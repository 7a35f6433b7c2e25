package id.canting.registry.web.report;

import id.canting.registry.reports.SemesterReportInput;

/**
 * A semester report as the API receives it. On PUT the semester comes from the URL, and read-only
 * fields that GET returns (status, dates, totals) are ignored, so a client can send back what it
 * read with its changes.
 */
record ReportRequest(String semester, Integer workersMale, Integer workersFemale, Long productionPieces,
		Long installedCapacity, Long investmentIdr, Long rawMaterialsIdr, Long salesDomesticIdr, Long salesExportIdr,
		Integer machines, Integer version) {

	SemesterReportInput toInput() {
		return new SemesterReportInput(semester, workersMale, workersFemale, productionPieces, installedCapacity,
				investmentIdr, rawMaterialsIdr, salesDomesticIdr, salesExportIdr, machines);
	}
}
