package id.canting.registry.events;


import id.canting.registry.IkmId;
import id.canting.registry.IkmChangeId;
/** The owner took a change back, or replaced it with a newer one ({@code replaced}). */
public record IkmChangeWithdrawn(IkmChangeId id, IkmId ikmId, String provinceCode, boolean replaced, String by) {
}
