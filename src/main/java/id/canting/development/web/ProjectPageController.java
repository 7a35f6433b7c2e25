package id.canting.development.web;

import java.io.IOException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.development.internal.DevelopmentRules;
import id.canting.development.internal.SentraDevelopment;
import id.canting.development.internal.SentraDevelopment.PhotoContent;
import id.canting.registry.SentraId;
import id.canting.shared.Actor;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/** Revitalisation projects and photos on a sentra's development page. */
@Controller
class ProjectPageController {

	private final SentraDevelopment development;
	private final DevelopmentPage page;

	ProjectPageController(SentraDevelopment development, DevelopmentPage page) {
		this.development = development;
		this.page = page;
	}

	@PostMapping("/sentra/{id}/development/projects")
	String project(@PathVariable long id, @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> DevelopmentRules.project(form.input(), java.time.LocalDate.MAX));
		}
		else if (FormSubmission.of(result).submitted(() -> development.recordProject(actor, new SentraId(id), form.input()))) {
			redirect.addFlashAttribute("notice", "development.notice.project-recorded");
			return "redirect:/sentra/" + id + "/development#projects";
		}
		return page.show(id, actor, model);
	}

	@PostMapping("/sentra/{id}/development/photos")
	String photo(@PathVariable long id, @ModelAttribute("photoForm") PhotoForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) throws IOException {
		MultipartFile file = form.getFile();
		String name = file == null ? null : file.getOriginalFilename();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		// an empty or unrecognised file, or a caption too long, is shown next to its field, not on an error page
		if (FormSubmission.of(result).submitted(
				() -> development.addPhoto(actor, new SentraId(id), name, content, form.getCaption()))) {
			redirect.addFlashAttribute("notice", "development.notice.photo-added");
			return "redirect:/sentra/" + id + "/development#photos";
		}
		return page.show(id, actor, model);
	}

	@GetMapping("/sentra/{id}/development/photos/{photoId}")
	ResponseEntity<byte[]> photoFile(@PathVariable long id, @PathVariable long photoId, Actor actor) {
		PhotoContent photo = development.photo(actor, new SentraId(id), photoId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate()).body(photo.bytes());
	}
}
