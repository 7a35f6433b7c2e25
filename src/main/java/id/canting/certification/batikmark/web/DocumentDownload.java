package id.canting.certification.batikmark.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.certification.batikmark.internal.CertificationApplications;
import id.canting.certification.batikmark.internal.CertificationDocument;

/**
 * A supporting document of a certification application as a download, shared by the API and the page
 * so neither controller calls the other.
 */
final class DocumentDownload {

	private DocumentDownload() {
	}

	/** The document as a download of its checked type; browsers must not guess another type. */
	static ResponseEntity<InputStreamResource> of(CertificationApplications.Download download) {
		CertificationDocument d = download.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.contentType()))
			.contentLength(d.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(download.content()));
	}
}
