package id.canting.programme.application.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.application.internal.ApplicationAttachments;
import id.canting.programme.application.internal.AttachmentKind;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * The documents of an application: {@code /applications/{id}/documents} is a page of its own and the
 * fragment the application page loads with htmx; an upload from that fragment answers the fragment
 * again, with the problem next to the file field when the document is refused.
 */
@Controller
class AttachmentController {

	private final ApplicationAttachments attachments;
	private final ApplicationManagement applications;
	private final MessageSource messages;

	AttachmentController(ApplicationAttachments attachments, ApplicationManagement applications,
			MessageSource messages) {
		this.attachments = attachments;
		this.applications = applications;
		this.messages = messages;
	}

	@GetMapping("/applications/{id}/documents")
	String documents(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Actor actor, Model model) {
		fill(id, actor, model);
		return htmx != null ? "programme/documents :: documents" : "programme/documents";
	}

	@PostMapping("/applications/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Locale locale, Model model,
			RedirectAttributes redirect) throws IOException {
		String problem = null;
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException(java.util.List.of(FieldViolation.of("file", "document.empty")));
			}
			attachments.attach(actor, new ApplicationId(id), kind, file.getOriginalFilename(), file.getBytes());
		}
		catch (InvalidInputException e) {
			FieldViolation v = e.violations().get(0);
			problem = messages.getMessage(v.messageKey(), v.arguments().toArray(), locale);
		}
		catch (ForbiddenException | NotFoundException e) {
			throw e;
		}
		catch (DomainException e) {
			problem = messages.getMessage(e.messageKey(), e.arguments(), locale);
		}
		if (htmx == null && problem == null) {
			redirect.addFlashAttribute("notice", "programme.attachment.notice.added");
			return "redirect:/applications/" + id + "/documents";
		}
		fill(id, actor, model);
		model.addAttribute("uploadProblem", problem);
		model.addAttribute("uploaded", problem == null);
		return htmx != null ? "programme/documents :: documents" : "programme/documents";
	}

	@GetMapping("/applications/{id}/documents/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
		return AttachmentDownload.of(attachments.download(actor, new ApplicationId(id), attachmentId));
	}

	private void fill(long id, Actor actor, Model model) {
		Application application = applications.application(actor, new ApplicationId(id));
		ApplicationStatus status = application.status();
		boolean open = status != ApplicationStatus.CLOSED && status != ApplicationStatus.WITHDRAWN
				&& status != ApplicationStatus.REJECTED;
		// application(actor, id) already refused everyone else: whoever sees it may attach while it is open
		model.addAttribute("applicationId", id);
		model.addAttribute("applicantName", application.applicantName());
		model.addAttribute("attachments", attachments.attachments(actor, new ApplicationId(id)));
		model.addAttribute("kinds", AttachmentKind.values());
		model.addAttribute("mayAttach", open);
		model.addAttribute("maxMegabytes", attachments.maxSizeMegabytes());
	}
}
