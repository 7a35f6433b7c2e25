package id.canting.registry;

import java.time.Instant;

/** An officer confirmed an IKM's data. */
public record IkmVerified(IkmId id, String provinceCode, String by, Instant at) {
}
