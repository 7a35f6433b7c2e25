package id.canting.development.internal;

import java.time.Instant;

/** A need of a sentra listed by the officer with its management. */
public record SentraNeed(long id, long sentraId, String description, NeedPriority priority, NeedStatus status,
		String recordedBy, Instant recordedAt, String metBy, Instant metAt) {
}
