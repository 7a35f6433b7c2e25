package id.canting.certification;

/** A suspended certificate is active again. */
public record CertificateReinstated(long certificateId, String number, String provinceCode, String by) {
}
