package id.canting.registry;

/** An IKM was verified by a provincial officer. */
public record IkmVerified(IkmId id, String verifiedBy, java.time.Instant verifiedAt) {
}
