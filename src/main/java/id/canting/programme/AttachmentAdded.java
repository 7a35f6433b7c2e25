package id.canting.programme;

/** A document was attached to an application. */
public record AttachmentAdded(long applicationId, long programmeId, String provinceCode, long attachmentId, String fileName, String kind, String by) {
}
