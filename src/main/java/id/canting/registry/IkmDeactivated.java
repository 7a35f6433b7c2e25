package id.canting.registry;

/** An IKM stopped operating and was deactivated. */
public record IkmDeactivated(IkmId id) {
}
