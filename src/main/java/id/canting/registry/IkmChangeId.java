package id.canting.registry;

/** Identifies a change an IKM's owner proposed (see {@link IkmChange}). */
public record IkmChangeId(long value) {
}
