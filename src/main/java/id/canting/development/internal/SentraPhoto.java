package id.canting.development.internal;

import java.time.Instant;

/** A photo of a sentra; its bytes are in the file store (under a key only the module knows). */
public record SentraPhoto(long id, long sentraId, String contentType, String caption,
		String uploadedBy, Instant uploadedAt) {
}
