package id.canting.certification;

/** A document was attached to a certification application. */
public record CertificationDocumentAdded(long applicationId, String provinceCode, long documentId, String kind,
		String fileName, String by) {
}
