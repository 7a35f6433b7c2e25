package id.canting.event.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventStatus;
import id.canting.event.internal.EventManagement;
import id.canting.event.web.EventRequests.EventRequest;
import id.canting.event.web.EventRequests.StatusRequest;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Events for other systems: {@code /api/v1/events}. Everyone reads published, running and closed
 * events (an event in another status is 404 to them); organisers (ADMIN) see all, create, change and
 * move them through their statuses (a step the rules refuse is 422 naming the rule).
 */
@RestController
@Tag(name = "Events", description = "Events such as Hari Batik Nasional: details, status steps, sessions")
@RequestMapping("/api/v1/events")
class EventApiController {

	private final EventManagement events;

	EventApiController(EventManagement events) {
		this.events = events;
	}

	@Operation(summary = "Events, latest first; the public sees published, running and closed ones")
	@GetMapping
	PageResponse<EventResponse> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Actor actor) {
		PageRequest request = PageRequest.of(page, size, null, java.util.Set.of(), "start");
		return PageResponse.slice(events.events(actor, status(status)), request).map(EventResponse::of);
	}

	@Operation(summary = "One event (404 for the public unless published, running or closed)")
	@GetMapping("/{code}")
	EventResponse get(@PathVariable String code, Actor actor) {
		return EventResponse.of(events.event(actor, code));
	}

	@Operation(summary = "Create an event as a draft (organisers)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<EventResponse> create(@RequestBody EventRequest request, Actor actor) {
		EventResponse created = EventResponse.of(events.create(actor, request.toInput()));
		return ResponseEntity.created(URI.create("/api/v1/events/" + created.code())).body(created);
	}

	@Operation(summary = "Change an event's details (organisers); send the version last read")
	@PutMapping("/{code}")
	EventResponse update(@PathVariable String code, @RequestBody EventRequest request, Actor actor) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return EventResponse.of(events.update(actor, code, request.version(), request.toInput()));
	}

	@Operation(summary = "Move an event to its next status (organisers); a step the rules refuse is 422")
	@PostMapping("/{code}/status")
	EventResponse status(@PathVariable String code, @RequestBody StatusRequest request, Actor actor) {
		return EventResponse.of(events.changeStatus(actor, code, request.status()));
	}

	private static EventStatus status(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return EventStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInputException(List.of(FieldViolation.of("status", "event.validation.choice", raw.strip())));
		}
	}
}
