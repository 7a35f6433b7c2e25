package id.canting.certification.batikmark.internal;

import java.time.Instant;

/** A document of a certification application (its bytes are in the file store). */
public record CertificationDocument(long id, long applicationId, DocumentKind kind, String fileName,
		String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
