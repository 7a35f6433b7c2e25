package id.canting.region;

/** A province, identified by its two-digit Kemendagri code (e.g. {@code 33} for Jawa Tengah). */
public record Province(String code, String name) {
}
