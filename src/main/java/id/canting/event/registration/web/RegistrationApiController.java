package id.canting.event.registration.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.registration.internal.RegistrationView;
import id.canting.event.registration.internal.Registrations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Registering for a session, reading and cancelling a ticket: no account needed, the ticket code is
 * the secret.
 */
@RestController
@Tag(name = "Event registrations", description = "Registrations for event sessions, tickets, check-in and attendance")
class RegistrationApiController {

	private final Registrations registrations;

	RegistrationApiController(Registrations registrations) {
		this.registrations = registrations;
	}

	@Operation(summary = "Register for a session (no account): 201 with the ticket, a seat or a place on the waitlist")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/sessions/{id}/registrations")
	ResponseEntity<TicketResponse> register(@PathVariable String code, @PathVariable long id,
			@RequestBody RegistrationRequest request) {
		RegistrationView view = registrations.register(EventCode.of(code), new EventSessionId(id), request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + view.registration().ticket().value()))
			.body(TicketResponse.of(view));
	}

	@Operation(summary = "A ticket by its code (public: the code is the secret)")
	@GetMapping("/api/v1/tickets/{ticketCode}")
	TicketResponse ticket(@PathVariable String ticketCode) {
		return TicketResponse.of(registrations.ticket(TicketParam.parse(ticketCode)));
	}

	@Operation(summary = "Cancel a ticket (with its code); a seat it held goes to the first waitlisted")
	@DeleteMapping("/api/v1/events/{code}/registrations/{ticketCode}")
	TicketResponse cancel(@PathVariable String code, @PathVariable String ticketCode) {
		return TicketResponse.of(registrations.cancel(EventCode.of(code), TicketParam.parse(ticketCode)));
	}
}
