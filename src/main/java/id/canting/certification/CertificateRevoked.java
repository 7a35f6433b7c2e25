package id.canting.certification;

/** A certificate was withdrawn for good, with the reason. */
public record CertificateRevoked(long certificateId, String number, String provinceCode, String reason, String by) {
}
