package id.canting.registry.web.report;

import java.time.Instant;

/**
 * A semester report as the API returns it; can be sent back to PUT with changes. Money in rupiah,
 * production and installed capacity in pieces over the semester. {@code returnedReason} is the
 * office's reason while the report is returned.
 */
record ReportResponse(long id, long ikmId, String semester, int workersMale, int workersFemale, int workers,
		long productionPieces, long installedCapacity, long investmentIdr, long rawMaterialsIdr,
		long salesDomesticIdr, long salesExportIdr, int machines, String status, String returnedReason,
		Instant submittedAt, Instant decidedAt, String decidedBy, Instant createdAt, Instant updatedAt,
		int version) {
}
