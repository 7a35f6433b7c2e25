package id.canting.notification;

/**
 * A file carried by a message: an inline part (an image the HTML body shows as {@code cid:name}) or
 * an attachment (e.g. a calendar invitation).
 *
 * @param name a file name of letters, digits, dots, dashes and underscores (also the inline part's
 *        content id)
 * @param contentType the MIME type, with parameters if needed (e.g.
 *        {@code text/calendar; charset=UTF-8; method=PUBLISH})
 * @param content the bytes, at most 5 MB
 */
public record MessagePart(String name, String contentType, byte[] content) {
}
