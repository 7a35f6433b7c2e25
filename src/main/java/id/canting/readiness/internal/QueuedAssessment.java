package id.canting.readiness.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A submitted assessment in the officer's queue, waiting for verification. */
public record QueuedAssessment(long id, long ikmId, int year, String provinceCode, Instant submittedAt,
		BigDecimal selfIndex) {
}
