package id.canting.registry.events;

import java.time.Instant;

import id.canting.registry.IkmId;

/** An officer confirmed an IKM's data. */
public record IkmVerified(IkmId id, String provinceCode, String by, Instant at) {
}
