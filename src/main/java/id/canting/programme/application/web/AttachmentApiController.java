package id.canting.programme.application.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.internal.ApplicationAttachments;
import id.canting.programme.application.internal.Attachment;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Documents of an application: {@code /api/v1/applications/{id}/attachments}, multipart upload and download. */
@RestController
@Tag(name = "Programme applications", description = "Applications of IKM to programmes and their way through review")
class AttachmentApiController {

	private final ApplicationAttachments attachments;

	AttachmentApiController(ApplicationAttachments attachments) {
		this.attachments = attachments;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/api/v1/applications/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Attachment> attach(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, Actor actor) throws IOException {
		if (file == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("file", "validation.required")));
		}
		Attachment attached = attachments.attach(actor, new ApplicationId(id), kind, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/attachments/" + attached.id()))
			.body(attached);
	}

	@GetMapping("/api/v1/applications/{id}/attachments")
	List<Attachment> list(@PathVariable long id, Actor actor) {
		return attachments.attachments(actor, new ApplicationId(id));
	}

	@FileDownload({ FileDownload.PDF, FileDownload.JPEG, FileDownload.PNG })
	@GetMapping("/api/v1/applications/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
		return AttachmentDownload.of(attachments.download(actor, new ApplicationId(id), attachmentId));
	}
}
