package id.canting.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over {@code canting.limits.json-body} (default 1 MB) with 413 before they
 * are read into memory, on every URL, ahead of the session store and security. A declared
 * Content-Length is judged at once; a body without one (chunked) is read up to the limit and refused
 * as soon as it passes it, else handed on from that buffer. Tomcat then drops the connection
 * instead of reading the rest. Multipart uploads keep their own, larger limits
 * ({@code spring.servlet.multipart.*}, see {@link UploadLimitHandler}), and form posts Tomcat's
 * {@code max-http-form-post-size}; every other body (JSON above all) is held to this one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final FilterResponses responses;
	private final long limit;
	private final String limitText;

	RequestBodyLimitFilter(FilterResponses responses, @Value("${canting.limits.json-body:1MB}") DataSize limit) {
		this.responses = responses;
		this.limit = limit.toBytes();
		this.limitText = limit.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? limit.toMegabytes() + " MB"
				: limit.toKilobytes() + " kB";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!limited(request)) {
			chain.doFilter(request, response);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			refuse(request, response);
			return;
		}
		if (declared >= 0 || !hasBody(request)) {
			// Tomcat never reads past a declared length
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), limit);
		if (body == null) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new BufferedBody(request, body), response);
	}

	private static boolean limited(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return hasBody(request);
		}
		try {
			MediaType mediaType = MediaType.parseMediaType(type);
			return !MediaType.MULTIPART_FORM_DATA.includes(mediaType)
					&& !MediaType.APPLICATION_FORM_URLENCODED.includes(mediaType);
		}
		catch (IllegalArgumentException unparsable) {
			return true;
		}
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	/** The whole body if it is at most {@code max} bytes, else null (having read one byte more). */
	private static byte[] readAtMost(InputStream in, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) != -1) {
			out.write(buffer, 0, read);
			if (out.size() > max) {
				return null;
			}
		}
		return out.toByteArray();
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// the client is still sending: tell it the connection ends here
		response.setHeader("Connection", "close");
		responses.refuse(request, response, 413, "too-large", "problem.body-too-large.title",
				"problem.body-too-large.detail", new Object[] { limitText }, List.of());
	}

	/** The request with its body already read into memory (at most the limit). */
	static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already in memory");
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
