package id.canting.shared.table;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The body of a file download, whose download headers are set just before its first byte: until
 * then a refusal or a failure can still answer with a plain error instead of a broken file.
 */
public final class DownloadStream extends OutputStream {

	private final HttpServletResponse response;
	private final String contentType;
	private final String filename;
	private OutputStream body;

	public DownloadStream(HttpServletResponse response, String contentType, String filename) {
		this.response = response;
		this.contentType = contentType;
		this.filename = filename;
	}

	@Override
	public void write(int b) throws IOException {
		body().write(b);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		body().write(bytes, offset, length);
	}

	@Override
	public void flush() throws IOException {
		if (body != null) {
			body.flush();
		}
	}

	private OutputStream body() throws IOException {
		if (body == null) {
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString());
			body = response.getOutputStream();
		}
		return body;
	}
}
