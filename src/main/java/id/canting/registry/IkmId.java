package id.canting.registry;

/** Identifies an IKM across modules. */
public record IkmId(long value) {
}
