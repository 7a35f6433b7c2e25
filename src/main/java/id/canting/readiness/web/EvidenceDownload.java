package id.canting.readiness.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.canting.readiness.internal.Assessments.EvidenceFile;

/** A piece of evidence as a download of its checked type, shared by the API and the pages. */
final class EvidenceDownload {

	private EvidenceDownload() {
	}

	static ResponseEntity<InputStreamResource> of(EvidenceFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.evidence().contentType()))
			.contentLength(file.evidence().sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.evidence().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}
}
