package id.canting.event.report.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.report.internal.EventSummaries;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/events/{code}/summary}: an event's figures, for everyone while the event is
 * public (PUBLISHED, RUNNING, CLOSED), for organisers (ADMIN) in any status; 404 otherwise.
 */
@RestController
@Tag(name = "Events", description = "Events such as Hari Batik Nasional: details, status steps, sessions")
class EventSummaryApiController {

	private final EventSummaries summaries;

	EventSummaryApiController(EventSummaries summaries) {
		this.summaries = summaries;
	}

	@Operation(summary = "An event's figures", description = "Exhibitors (count, provinces, prison units, women-owned; "
			+ "by province, kind and product category) and registrations, waitlist and attendance per session and in "
			+ "total. Public for a published, running or closed event; organisers (ADMIN) read any event. "
			+ "404 for an unknown event, or a draft to the public.")
	@GetMapping("/api/v1/events/{code}/summary")
	SummaryResponse summary(@PathVariable String code, Actor actor) {
		return SummaryResponse.of(actor.isAdmin() ? summaries.forOrganisers(actor, code) : summaries.forPublic(code));
	}
}
