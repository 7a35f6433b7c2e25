package id.canting.event.exhibitor.internal;

/** A photo of an exhibitor's products, as stored (JPEG or PNG). */
public record ExhibitorPhoto(long id, String fileName, String contentType, long sizeBytes) {
}
