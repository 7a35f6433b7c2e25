package id.canting.registry;

/** An IKM was registered in the registry. */
public record IkmRegistered(IkmId id, String regencyCode) {
}
