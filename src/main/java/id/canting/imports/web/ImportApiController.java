package id.canting.imports.web;

import java.io.IOException;
import java.net.URI;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.canting.imports.ImportJobId;
import id.canting.imports.CommitMode;
import id.canting.imports.ImportJobs;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Import jobs for other systems: upload, follow, read errors, commit, download rejected rows and templates. */
@RestController
@Tag(name = "Imports", description = "Upload a CSV or XLSX file, follow its validation, commit it, download rejected rows and templates")
@RequestMapping("/api/v1/imports")
class ImportApiController {

	record CommitRequest(String mode) {
	}

	private final ImportJobs imports;
	private final ImportViews views;

	ImportApiController(ImportJobs imports, ImportViews views) {
		this.imports = imports;
		this.views = views;
	}

	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportViews.JobResponse> upload(@PathVariable String kind, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String lang,
			@Parameter(description = "The sheet to read when a workbook has several visible sheets with this list's columns (the 422 names them)")
			@RequestParam(required = false) String sheet, Actor actor) throws IOException {
		var job = imports.start(actor, ImportViews.kind(kind), file.getOriginalFilename(), file.getInputStream(), lang,
				sheet);
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(views.job(job));
	}

	@GetMapping("/{id:\\d+}")
	ImportViews.JobResponse job(@PathVariable long id, Actor actor) {
		return views.job(imports.job(actor, new ImportJobId(id)));
	}

	@GetMapping("/{id:\\d+}/errors")
	PageResponse<ImportViews.ErrorResponse> errors(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Actor actor) {
		return imports.errors(actor, new ImportJobId(id), PageRequest.of(page, size, null, java.util.Set.of(), "row")).map(views::error);
	}

	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping("/{id:\\d+}/commit")
	ResponseEntity<ImportViews.JobResponse> commit(@PathVariable long id, @RequestBody CommitRequest request,
			Actor actor) {
		CommitMode mode;
		try {
			mode = CommitMode.valueOf(String.valueOf(request.mode()));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(java.util.List.of(FieldViolation.of("mode", "validation.one-of",
					"ALL_OR_NOTHING, VALID_ROWS")));
		}
		return ResponseEntity.accepted().body(views.job(imports.commit(actor, new ImportJobId(id), mode)));
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping("/{id:\\d+}/rejected")
	ResponseEntity<StreamingResponseBody> rejected(@PathVariable long id, @RequestParam(required = false) String format,
			Actor actor) {
		String type = ImportViews.format(format);
		imports.job(actor, new ImportJobId(id));
		return ImportViews.attachment("ditolak-" + id, type, out -> imports.writeRejected(actor, new ImportJobId(id), type, out));
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping("/{kind:[a-z]+}/template")
	ResponseEntity<byte[]> template(@PathVariable String kind, @ParameterObject TemplateRequest request) throws java.io.IOException {
		var importKind = ImportViews.kind(kind);
		String type = request.fileFormat();
		String language = request.language("id");
		char delimiter = request.delimiter();
		return ImportViews.template(request.fileName(kind, language), type,
				out -> imports.writeTemplate(importKind, type, language, delimiter, out));
	}
}
