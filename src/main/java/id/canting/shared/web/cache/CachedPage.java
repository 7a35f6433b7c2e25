package id.canting.shared.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.springframework.util.DigestUtils;

/**
 * One anonymous response as rendered at a {@link PublicDataVersion} count: its body, the headers that
 * describe it, and a weak ETag from the body itself, so that a node answers a repeat visitor's
 * {@code If-None-Match} with 304 while its copy stands (and so does every other node whose copy has
 * the same bytes: all of them, unless the page shows when it was rendered, as the dashboard's "as of"
 * does), and a new release with different templates never does. Weak, because the gzipped and plain
 * bodies are the same page.
 */
final class CachedPage {

	/** Bodies smaller than this are not worth compressing. */
	static final int GZIP_FROM = 1024;

	final long version;
	final String contentType;
	final String contentLanguage;
	final String contentDisposition;
	final byte[] body;
	final String etag;
	private volatile byte[] gzipped;

	CachedPage(long version, String contentType, String contentLanguage, String contentDisposition, byte[] body) {
		this.version = version;
		this.contentType = contentType;
		this.contentLanguage = contentLanguage;
		this.contentDisposition = contentDisposition;
		this.body = body;
		this.etag = etag(body);
	}

	/** The body compressed once, on the first request that accepts gzip. */
	byte[] gzip() {
		byte[] done = gzipped;
		if (done == null) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			done = out.toByteArray();
			gzipped = done; // two requests racing both compress; either result is right
		}
		return done;
	}

	/** About the bytes kept in memory, with the compressed copy it may get (the cache's weight). */
	int weight() {
		return body.length + body.length / 3 + 256;
	}

	/** Spring's own ETag for a body (as its shallow ETag filter makes it), marked weak. */
	private static String etag(byte[] body) {
		return "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
	}

	/** A rendered HTML page holding a CSRF token must not be shown to anyone else. */
	static boolean holdsCsrfToken(byte[] body) {
		return new String(body, StandardCharsets.UTF_8).contains("_csrf");
	}
}
