package id.canting.event.registration.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.event.registration.internal.RegistrationQueries;
import id.canting.event.registration.internal.Registrations;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Check-in at the door (staff), attendance (staff) and the registrants with their data (organisers). */
@RestController
@Tag(name = "Event registrations")
class CheckInApiController {

	private final Registrations registrations;
	private final RegistrationQueries queries;
	private final Events events;

	CheckInApiController(Registrations registrations, RegistrationQueries queries, Events events) {
		this.registrations = registrations;
		this.queries = queries;
		this.events = events;
	}

	@Operation(summary = "Check a ticket in: 201; 409 when used before, 422 when cancelled, waitlisted or of another event")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/check-ins")
	TicketResponse checkIn(@PathVariable String code, @RequestBody CheckInRequest request, Actor actor) {
		return TicketResponse.of(registrations.checkIn(actor, EventCode.of(code), request.ticketCode()));
	}

	@Operation(summary = "Registrations and attendance per session and in total")
	@GetMapping("/api/v1/events/{code}/attendance")
	AttendanceResponse attendance(@PathVariable String code) {
		return AttendanceResponse.of(queries.figures(existing(code)));
	}

	@Operation(summary = "The registrants of an event with their contact data (organisers only)")
	@GetMapping("/api/v1/events/{code}/registrations")
	PageResponse<RegistrantResponse> registrants(@PathVariable String code, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Actor actor) {
		PageRequest request = PageRequest.of(page, size, sort, RegistrationQueries.sorts(), "registeredAt");
		return queries.registrants(actor, existing(code), request).map(RegistrantResponse::of);
	}

	private EventCode existing(String code) {
		EventCode event = EventCode.of(code);
		if (events.find(event).isEmpty()) {
			throw new NotFoundException("event.not-found", event.value());
		}
		return event;
	}
}
