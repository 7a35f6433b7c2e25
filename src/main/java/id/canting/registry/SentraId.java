package id.canting.registry;

/** Identifies a sentra across modules. */
public record SentraId(long value) {
}
