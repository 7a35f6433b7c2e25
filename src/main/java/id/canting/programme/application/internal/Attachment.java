package id.canting.programme.application.internal;

import java.time.Instant;

/** A document attached to an application: what it is, its checked type and size, and who sent it when. */
public record Attachment(long id, long applicationId, AttachmentKind kind, String fileName, String contentType,
		long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
