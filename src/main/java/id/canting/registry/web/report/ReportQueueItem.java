package id.canting.registry.web.report;

import java.time.Instant;

/** A submitted report in an office's review queue, with its IKM and where it is. */
record ReportQueueItem(long id, long ikmId, String ikmName, String regencyCode, String regencyName,
		String provinceCode, String provinceName, Long sentraId, String sentraName, String semester, int workers,
		String status, Instant submittedAt) {
}
