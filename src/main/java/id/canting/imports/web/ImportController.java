package id.canting.imports.web;

import java.io.IOException;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.imports.CommitMode;
import id.canting.imports.ImportJobs;
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

	ImportController(ImportJobs imports, ImportViews views) {
		this.imports = imports;
		this.views = views;
	}

	@GetMapping("/imports")
	String list(Actor actor, Model model) {
		model.addAttribute("jobs", imports.recent(actor).stream().map(views::job).toList());
		model.addAttribute("actor", actor);
		return "imports/list";
	}

	@PostMapping("/imports")
	String upload(@RequestParam String kind, @RequestParam("file") MultipartFile file, Actor actor,
			java.util.Locale locale, RedirectAttributes redirect) throws IOException {
		var job = imports.start(actor, ImportViews.kind(kind), file.getOriginalFilename(), file.getInputStream(),
				locale.getLanguage());
		return "redirect:/imports/" + job.id();
	}

	@GetMapping("/imports/{id:\\d+}")
	String job(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model) {
		var job = imports.job(actor, id);
		model.addAttribute("job", views.job(job));
		model.addAttribute("running", job.status().running());
		model.addAttribute("errors",
				imports.errors(actor, id, PageRequest.of(page, 50, null, java.util.Set.of(), "row")).map(views::error));
		return htmx != null ? "imports/job :: status" : "imports/job";
	}

	@PostMapping("/imports/{id:\\d+}/commit")
	String commit(@PathVariable long id, @RequestParam CommitMode mode, Actor actor) {
		imports.commit(actor, id, mode);
		return "redirect:/imports/" + id;
	}

	@GetMapping("/imports/{id:\\d+}/rejected")
	ResponseEntity<StreamingResponseBody> rejected(@PathVariable long id, @RequestParam(required = false) String format,
			Actor actor) {
		String type = ImportViews.format(format);
		imports.job(actor, id);
		return ImportViews.attachment("ditolak-" + id, type, out -> imports.writeRejected(actor, id, type, out));
	}

	@GetMapping("/imports/template/{kind}")
	ResponseEntity<StreamingResponseBody> template(@PathVariable String kind, @ModelAttribute TemplateRequest request,
			java.util.Locale locale) {
		var importKind = ImportViews.kind(kind);
		String type = request.fileFormat();
		String language = request.language(locale.getLanguage());
		char delimiter = request.delimiter();
		return ImportViews.attachment(request.fileName(kind, language), type,
				out -> imports.writeTemplate(importKind, type, language, delimiter, out));
	}
}
