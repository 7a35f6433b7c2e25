package id.canting.registry;


import id.canting.registry.internal.IkmChange;
/** Identifies a change an IKM's owner proposed (see {@link IkmChange}). */
public record IkmChangeId(long value) {
}
