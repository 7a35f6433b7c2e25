package id.canting.registry.events;


import id.canting.registry.IkmId;
import id.canting.registry.IkmChangeId;
/** The provincial office accepted an owner's change; the IKM's own {@link IkmUpdated} follows with the values. */
public record IkmChangeAccepted(IkmChangeId id, IkmId ikmId, String provinceCode, String by) {
}
