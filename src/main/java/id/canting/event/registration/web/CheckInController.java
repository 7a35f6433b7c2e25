package id.canting.event.registration.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.SessionView;
import id.canting.event.registration.internal.RegistrationQueries;
import id.canting.event.registration.internal.Registrations;
import id.canting.event.registration.internal.UsedTicketException;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.NotFoundException;

/**
 * The door of an event, on a phone: scan a ticket's QR with the camera (html5-qrcode, served from
 * WebJars) or type its code; the answer is shown big: let in (name, session) or refused with the
 * reason. And the attendance per session for the organisers.
 */
@Controller
class CheckInController {

	private final Registrations registrations;
	private final RegistrationQueries queries;
	private final Events events;

	CheckInController(Registrations registrations, RegistrationQueries queries, Events events) {
		this.registrations = registrations;
		this.queries = queries;
		this.events = events;
	}

	@GetMapping("/events/{code}/check-in")
	String page(@PathVariable String code, Model model) {
		model.addAttribute("event", event(code));
		return "event/registration/check-in";
	}

	@PostMapping("/events/{code}/check-in")
	String checkIn(@PathVariable String code, @RequestParam(required = false) String ticketCode, Actor actor,
			Model model) {
		EventView event = event(code);
		model.addAttribute("event", event);
		try {
			model.addAttribute("accepted", registrations.checkIn(actor, event.code(), ticketCode));
		}
		catch (NotFoundException e) {
			model.addAttribute("refusal", "event.registration.ticket-unknown");
		}
		catch (UsedTicketException e) {
			model.addAttribute("refusal", e.messageKey());
			model.addAttribute("refusalArgs", e.arguments());
		}
		catch (DomainException e) {
			if (e instanceof id.canting.shared.ForbiddenException) {
				throw e;
			}
			model.addAttribute("refusal", e.messageKey());
			model.addAttribute("refusalArgs", e.arguments());
		}
		return "event/registration/check-in";
	}

	@GetMapping("/events/{code}/attendance")
	String attendance(@PathVariable String code, Model model) {
		EventView event = event(code);
		Map<Long, SessionView> sessions = events.sessions(event.code()).stream()
			.collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
		model.addAttribute("event", event);
		model.addAttribute("figures", queries.figures(event.code()));
		model.addAttribute("sessions", sessions);
		return "event/registration/attendance";
	}

	private EventView event(String code) {
		EventCode eventCode = EventCode.of(code);
		return events.find(eventCode).orElseThrow(() -> new NotFoundException("event.not-found", eventCode.value()));
	}
}
