package id.canting.certification.batikmark.internal;

/** The identity of a certificate (the public one is its number). */
public record CertificateId(long value) {
}
