package id.canting.certification.batikmark.internal;

/** The IKM as the certificate records it at issue, read from the registry. */
public record CertifiedIkm(long ikmId, String name, String regencyCode, String provinceCode) {
}
