package id.canting.registry;

/** An IKM operates again and was reactivated. */
public record IkmActivated(IkmId id, String provinceCode, String by) {
}
