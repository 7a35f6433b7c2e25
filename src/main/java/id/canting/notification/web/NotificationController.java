package id.canting.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.notification.internal.MessageFilter;
import id.canting.notification.internal.MessageStatus;
import id.canting.notification.internal.OutboxAdmin;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * The outbox pages for admins: the list filtered by status (whole page, or only its results for
 * htmx), one message, and retry now.
 */
@Controller
class NotificationController {

	private final OutboxAdmin outbox;

	NotificationController(OutboxAdmin outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/notifications")
	String list(@ModelAttribute("filter") MessageFilter filter, @RequestParam(required = false) Integer page, Actor actor,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PageRequest request = PageRequest.of(page, 20, null, OutboxAdmin.SORTABLE, "createdAt");
		model.addAttribute("results", outbox.messages(actor, filter, request));
		model.addAttribute("counts", outbox.counts(actor));
		model.addAttribute("statuses", MessageStatus.values());
		return htmx != null ? "notification/list :: browse" : "notification/list";
	}

	@GetMapping("/admin/notifications/{id}")
	String message(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("detail", outbox.message(actor, id));
		return "notification/message";
	}

	@PostMapping("/admin/notifications/{id}/retry")
	String retry(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		outbox.retry(actor, id);
		redirect.addFlashAttribute("notice", "notification.notice.retried");
		return "redirect:/admin/notifications/" + id;
	}
}
