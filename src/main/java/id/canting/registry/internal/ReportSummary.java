package id.canting.registry.internal;

import java.time.Instant;

import id.canting.registry.reports.ReportStatus;

/** One semester report in a list (the office's review queue), with the IKM it belongs to. */
public record ReportSummary(long id, long ikmId, String ikmName, String regencyCode, String provinceCode,
		Long sentraId, String sentraName, String semester, int workers, ReportStatus status, Instant submittedAt,
		Instant updatedAt) {
}
