package id.canting.event.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventSessionId;
import id.canting.event.internal.EventManagement;
import id.canting.event.web.EventRequests.SessionRequest;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An event's programme of sessions: everyone reads it (of a public event); organisers change it. */
@RestController
@Tag(name = "Events")
@RequestMapping("/api/v1/events/{code}/sessions")
class EventSessionApiController {

	private final EventManagement events;

	EventSessionApiController(EventManagement events) {
		this.events = events;
	}

	@Operation(summary = "The event's sessions in the order they are held (all in one page)")
	@GetMapping
	PageResponse<SessionResponse> list(@PathVariable String code, Actor actor) {
		List<SessionResponse> all = events.sessions(actor, code).stream().map(SessionResponse::of).toList();
		return PageResponse.slice(all, PageRequest.of(0, PageRequest.MAX_SIZE, null, java.util.Set.of(), "start"));
	}

	@Operation(summary = "One session of the event")
	@GetMapping("/{id}")
	SessionResponse get(@PathVariable String code, @PathVariable long id, Actor actor) {
		return SessionResponse.of(events.session(actor, code, new EventSessionId(id)));
	}

	@Operation(summary = "Add a session within the event's days (organisers)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SessionResponse> add(@PathVariable String code, @RequestBody SessionRequest request, Actor actor) {
		SessionResponse added = SessionResponse.of(events.addSession(actor, code, request.toInput()));
		return ResponseEntity.created(URI.create("/api/v1/events/" + added.eventCode() + "/sessions/" + added.id()))
			.body(added);
	}

	@Operation(summary = "Change a session (organisers); send the version last read")
	@PutMapping("/{id}")
	SessionResponse update(@PathVariable String code, @PathVariable long id, @RequestBody SessionRequest request,
			Actor actor) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return SessionResponse.of(
				events.updateSession(actor, code, new EventSessionId(id), request.version(), request.toInput()));
	}

	@Operation(summary = "Remove a session (organisers)")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> remove(@PathVariable String code, @PathVariable long id, Actor actor) {
		events.removeSession(actor, code, new EventSessionId(id));
		return ResponseEntity.noContent().build();
	}
}
