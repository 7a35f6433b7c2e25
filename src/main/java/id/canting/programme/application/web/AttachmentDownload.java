package id.canting.programme.application.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.programme.application.internal.ApplicationAttachments;
import id.canting.programme.application.internal.Attachment;

/**
 * A document attached to an application as a download, shared by the API and the page so neither
 * controller calls the other.
 */
final class AttachmentDownload {

	private AttachmentDownload() {
	}

	/** The document as a download of its checked type; browsers must not guess another type. */
	static ResponseEntity<InputStreamResource> of(ApplicationAttachments.Download download) {
		Attachment a = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.contentType()))
			.contentLength(a.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(download.content()));
	}
}
