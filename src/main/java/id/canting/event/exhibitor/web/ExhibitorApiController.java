package id.canting.event.exhibitor.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.canting.event.EventCode;
import id.canting.event.exhibitor.ExhibitorApplicationId;
import id.canting.event.exhibitor.internal.ExhibitorApplications;
import id.canting.event.exhibitor.internal.ExhibitorPhoto;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Exhibitor applications: owners apply under {@code /api/v1/events/{code}/exhibitor-applications} while
 * the call is open, then each step under {@code /api/v1/exhibitor-applications/{id}}.
 */
@RestController
@Tag(name = ExhibitorApiController.TAG, description = "Exhibitor applications to events, their endorsement, scoring, curation and booths")
class ExhibitorApiController {

	static final String TAG = "Exhibitors and curation";

	private final ExhibitorApplications applications;

	ExhibitorApiController(ExhibitorApplications applications) {
		this.applications = applications;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/exhibitor-applications")
	ResponseEntity<ExhibitorResponses.ExhibitorApplicationView> apply(@PathVariable String code,
			@RequestBody ExhibitorRequests.ExhibitorApplicationRequest body, Actor actor) {
		ExhibitorResponses.ExhibitorApplicationView created = ExhibitorResponses.ExhibitorApplicationView
			.of(applications.apply(actor, EventCode.of(code), body.toInput()));
		return ResponseEntity.created(URI.create("/api/v1/exhibitor-applications/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/events/{code}/exhibitor-applications")
	List<ExhibitorResponses.ExhibitorApplicationView> list(@PathVariable String code, Actor actor) {
		return applications.list(actor, EventCode.of(code)).stream().map(ExhibitorResponses.ExhibitorApplicationView::of).toList();
	}

	@GetMapping("/api/v1/exhibitor-applications/{id}")
	ExhibitorResponses.ExhibitorApplicationView get(@PathVariable long id, Actor actor) {
		return ExhibitorResponses.ExhibitorApplicationView.of(applications.application(actor, new ExhibitorApplicationId(id)));
	}

	@PutMapping("/api/v1/exhibitor-applications/{id}")
	ExhibitorResponses.ExhibitorApplicationView update(@PathVariable long id, @RequestBody ExhibitorRequests.ExhibitorApplicationRequest body,
			Actor actor) {
		return ExhibitorResponses.ExhibitorApplicationView.of(applications.update(actor, new ExhibitorApplicationId(id),
				body.requiredVersion(), body.toInput()));
	}

	@PostMapping("/api/v1/exhibitor-applications/{id}/submit")
	ExhibitorResponses.ExhibitorApplicationView submit(@PathVariable long id, Actor actor) {
		return ExhibitorResponses.ExhibitorApplicationView.of(applications.submit(actor, new ExhibitorApplicationId(id)));
	}

	@PostMapping("/api/v1/exhibitor-applications/{id}/endorse")
	ExhibitorResponses.ExhibitorApplicationView endorse(@PathVariable long id, Actor actor) {
		return ExhibitorResponses.ExhibitorApplicationView.of(applications.endorse(actor, new ExhibitorApplicationId(id)));
	}

	@PostMapping("/api/v1/exhibitor-applications/{id}/decline")
	ExhibitorResponses.ExhibitorApplicationView decline(@PathVariable long id, @RequestBody ExhibitorRequests.Decline body,
			Actor actor) {
		return ExhibitorResponses.ExhibitorApplicationView
			.of(applications.decline(actor, new ExhibitorApplicationId(id), body.reason()));
	}

	@PutMapping("/api/v1/exhibitor-applications/{id}/score")
	ExhibitorResponses.ExhibitorApplicationView score(@PathVariable long id, @RequestBody ExhibitorRequests.Score body, Actor actor) {
		return ExhibitorResponses.ExhibitorApplicationView
			.of(applications.score(actor, new ExhibitorApplicationId(id), body.points()));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/api/v1/exhibitor-applications/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ExhibitorPhoto> addPhoto(@PathVariable long id, @RequestParam(required = false) MultipartFile photo,
			Actor actor) throws IOException {
		if (photo == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("photo", "validation.required")));
		}
		ExhibitorPhoto added = applications.addPhoto(actor, new ExhibitorApplicationId(id), photo.getOriginalFilename(),
				photo.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/exhibitor-applications/" + id + "/photos/" + added.id()))
			.body(added);
	}

	@GetMapping("/api/v1/exhibitor-applications/{id}/photos")
	List<ExhibitorPhoto> photos(@PathVariable long id, Actor actor) {
		applications.application(actor, new ExhibitorApplicationId(id));
		return applications.photos(new ExhibitorApplicationId(id));
	}

	@FileDownload({ FileDownload.JPEG, FileDownload.PNG })
	@GetMapping("/api/v1/exhibitor-applications/{id}/photos/{photoId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long photoId, Actor actor) {
		ExhibitorApplications.PhotoDownload download = applications.photo(actor, new ExhibitorApplicationId(id), photoId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.photo().contentType()))
			.contentLength(download.photo().sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(download.photo().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(download.content()));
	}
}
