package id.canting.notification.web;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.notification.internal.MessageFilter;
import id.canting.notification.internal.OutboxAdmin;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The outbox for administrators' tools: {@code GET /api/v1/notifications?status=FAILED&topic=},
 * one message, and retry now for a failed or given-up one (409 for any other status).
 */
@RestController
@Tag(name = "Notifications", description = "The e-mail outbox: pending, sent, failed and given-up messages (admins)")
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

	private final OutboxAdmin outbox;

	NotificationApiController(OutboxAdmin outbox) {
		this.outbox = outbox;
	}

	@Operation(summary = "Messages in the outbox, newest first, filtered by delivery status and topic")
	@GetMapping
	PageResponse<NotificationResponse> list(@ParameterObject @ModelAttribute MessageFilter filter, Actor actor,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		PageRequest request = PageRequest.of(page, size, sort, OutboxAdmin.SORTABLE, "createdAt");
		return outbox.messages(actor, filter, request).map(NotificationResponse::of);
	}

	@Operation(summary = "One message with its text and HTML bodies and its parts listed")
	@GetMapping("/{id}")
	NotificationDetailResponse get(@PathVariable long id, Actor actor) {
		return NotificationDetailResponse.of(outbox.message(actor, id));
	}

	@Operation(summary = "Retry now: a failed or given-up message goes back to the queue, due at once")
	@PostMapping("/{id}/retry")
	NotificationResponse retry(@PathVariable long id, Actor actor) {
		return NotificationResponse.of(outbox.retry(actor, id));
	}
}
