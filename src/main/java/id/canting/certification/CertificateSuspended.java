package id.canting.certification;

/** A certificate was suspended (it may be reinstated). */
public record CertificateSuspended(long certificateId, String number, String provinceCode, String reason, String by) {
}
