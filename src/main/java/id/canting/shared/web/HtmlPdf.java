package id.canting.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays out a document written as XHTML (a Thymeleaf template) into a PDF with openhtmltopdf, for
 * every module's printable documents (fact sheets, certificates), so page size and margins stay in
 * each template's CSS.
 */
public final class HtmlPdf {

	private HtmlPdf() {
	}

	/** The PDF of {@code xhtml}; {@code what} names the document in the error if it cannot be laid out. */
	public static byte[] render(String xhtml, String what) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render " + what, e);
		}
	}
}
