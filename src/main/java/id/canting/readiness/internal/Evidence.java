package id.canting.readiness.internal;

import java.time.Instant;

/** A photo or document kept for a question of an assessment (the bytes in the FileStore under fileKey). */
public record Evidence(long id, long assessmentId, long questionId, String fileKey, String fileName, String contentType,
		long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
