package id.canting.registry;

/** The provincial office accepted an owner's change; the IKM's own {@link IkmUpdated} follows with the values. */
public record IkmChangeAccepted(IkmChangeId id, IkmId ikmId, String provinceCode, String by) {
}
