package id.canting.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays out an XHTML document (a Thymeleaf template rendered with the message bundles) as a PDF with
 * openhtmltopdf; the page size and margins come from the document's own {@code @page} rule. Every
 * downloadable PDF of Canting (fact sheets, impact reports) is made this one way.
 */
public final class HtmlPdf {

	private HtmlPdf() {
	}

	/** The PDF of the document; {@code what} names it in the error should rendering fail. */
	public static byte[] render(String html, String what) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render the " + what, e);
		}
	}
}
