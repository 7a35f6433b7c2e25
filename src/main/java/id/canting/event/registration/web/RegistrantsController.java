package id.canting.event.registration.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.registration.internal.RegistrationQueries;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;
import id.canting.shared.PageRequest;

/**
 * The registrants of an event with their contact data, for its organisers (admins): the list page
 * (its download is {@link RegistrantsDownloadController}).
 */
@Controller
class RegistrantsController {

	private final RegistrationQueries queries;
	private final Events events;

	RegistrantsController(RegistrationQueries queries, Events events) {
		this.queries = queries;
		this.events = events;
	}

	@GetMapping("/events/{code}/registrants")
	String list(@PathVariable String code, @RequestParam(required = false) Integer page, Actor actor, Model model) {
		EventView event = event(code);
		PageRequest request = PageRequest.of(page, 50, null, RegistrationQueries.sorts(), "registeredAt");
		model.addAttribute("event", event);
		model.addAttribute("registrants", queries.registrants(actor, event.code(), request));
		return "event/registration/registrants";
	}

	private EventView event(String code) {
		EventCode eventCode = EventCode.of(code);
		return events.find(eventCode).orElseThrow(() -> new NotFoundException("event.not-found", eventCode.value()));
	}
}
