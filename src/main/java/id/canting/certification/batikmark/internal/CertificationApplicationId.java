package id.canting.certification.batikmark.internal;

/** The identity of an application for the Batikmark, as pages and the API address it. */
public record CertificationApplicationId(long value) {
}
