package id.canting.imports.web;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.canting.imports.ImportJobId;
import id.canting.imports.CommitMode;
import id.canting.imports.ImportJobs;
import id.canting.imports.SheetChoiceException;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * Import pages: upload, then a job page that follows the validation with a progress bar (htmx polls
 * it while the job runs, so a reload or a return later finds it where it is), lists every error,
 * and offers the commit and the rejected rows.
 */
@Controller
class ImportController {

	private final ImportJobs imports;
	private final ImportViews views;
	private final MessageSource messages;

	ImportController(ImportJobs imports, ImportViews views, MessageSource messages) {
		this.imports = imports;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String list(Actor actor, Model model) {
		model.addAttribute("jobs", imports.recent(actor).stream().map(views::job).toList());
		model.addAttribute("actor", actor);
		return "imports/list";
	}

	/** The upload form: the kind of list, the file, and (after a workbook offered several) the sheet to read. */
	record UploadForm(String kind, MultipartFile file, String sheet) {
	}

	/** The sheets an upload offered, to choose from before uploading the file again. */
	record SheetChoice(String kind, String message, java.util.List<String> sheets) {
	}

	@PostMapping("/imports")
	String upload(@ModelAttribute UploadForm form, Actor actor, java.util.Locale locale, Model model)
			throws IOException {
		if (form.file() == null || form.file().isEmpty()) {
			return again(actor, model, new SheetChoice(form.kind(), messages.getMessage("import.file.missing", null, locale),
					java.util.List.of()));
		}
		try {
			var job = imports.start(actor, ImportViews.kind(form.kind()), form.file().getOriginalFilename(),
					form.file().getInputStream(), locale.getLanguage(), form.sheet());
			return "redirect:/imports/" + job.id();
		}
		catch (SheetChoiceException e) {
			return again(actor, model, new SheetChoice(form.kind(),
					messages.getMessage(e.messageKey(), e.arguments(), locale), e.sheets()));
		}
	}

	/** The upload page again, saying what to do, with nothing kept from the refused upload. */
	private String again(Actor actor, Model model, SheetChoice choice) {
		model.addAttribute("choice", choice);
		return list(actor, model);
	}

	@GetMapping("/imports/{id:\\d+}")
	String job(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model) {
		var job = imports.job(actor, new ImportJobId(id));
		model.addAttribute("job", views.job(job));
		model.addAttribute("running", job.status().running());
		model.addAttribute("errors",
				imports.errors(actor, new ImportJobId(id), PageRequest.of(page, 50, null, java.util.Set.of(), "row")).map(views::error));
		return htmx != null ? "imports/job :: status" : "imports/job";
	}

	@PostMapping("/imports/{id:\\d+}/commit")
	String commit(@PathVariable long id, @RequestParam CommitMode mode, Actor actor) {
		imports.commit(actor, new ImportJobId(id), mode);
		return "redirect:/imports/" + id;
	}

	@GetMapping("/imports/{id:\\d+}/rejected")
	ResponseEntity<StreamingResponseBody> rejected(@PathVariable long id, @RequestParam(required = false) String format,
			Actor actor) {
		String type = ImportViews.format(format);
		imports.job(actor, new ImportJobId(id));
		return ImportViews.attachment("ditolak-" + id, type, out -> imports.writeRejected(actor, new ImportJobId(id), type, out));
	}

	@GetMapping("/imports/template/{kind}")
	ResponseEntity<byte[]> template(@PathVariable String kind, @ModelAttribute TemplateRequest request,
			java.util.Locale locale) throws java.io.IOException {
		var importKind = ImportViews.kind(kind);
		String type = request.fileFormat();
		String language = request.language(locale.getLanguage());
		char delimiter = request.delimiter();
		return ImportViews.template(request.fileName(kind, language), type,
				out -> imports.writeTemplate(importKind, type, language, delimiter, out));
	}
}
