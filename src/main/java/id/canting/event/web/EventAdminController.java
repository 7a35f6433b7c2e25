package id.canting.event.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventStatus;
import id.canting.event.EventView;
import id.canting.event.internal.EventManagement;
import id.canting.event.internal.EventTransitions;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.RuleRefusedException;

/**
 * The organisers' event pages (ADMIN): every event with a status filter, and an event's own page with
 * its details, the status steps it may take next (a refused step is explained on the page, 422) and
 * its sessions to add, change or remove.
 */
@Controller
class EventAdminController {

	private final EventManagement events;
	private final Regions regions;
	private final MessageSource messages;

	EventAdminController(EventManagement events, Regions regions, MessageSource messages) {
		this.events = events;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/admin/events")
	String list(@RequestParam(required = false) EventStatus status, Actor actor, Model model) {
		model.addAttribute("events", events.events(actor, status));
		model.addAttribute("statuses", EventStatus.values());
		model.addAttribute("status", status);
		return "event/admin-list";
	}

	@GetMapping("/admin/events/{code}")
	String detail(@PathVariable String code, Actor actor, Model model) {
		return page(events.event(actor, code), model);
	}

	@PostMapping("/admin/events/{code}/status")
	String status(@PathVariable String code, @RequestParam(required = false) String status, Actor actor,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			EventView moved = events.changeStatus(actor, code, status);
			redirect.addFlashAttribute("notice", "event.notice.status");
			return "redirect:/admin/events/" + moved.code().value();
		}
		catch (RuleRefusedException | ConflictException | InvalidInputException refused) {
			response.setStatus(refused instanceof InvalidInputException ? HttpStatus.BAD_REQUEST.value()
					: refused instanceof ConflictException ? HttpStatus.CONFLICT.value()
							: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return page(events.event(actor, code), model);
		}
	}

	private String page(EventView event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("province", regions.province(event.provinceCode()).map(Province::displayName).orElse(null));
		model.addAttribute("sessions", events.sessions(event.code()));
		List<EventStatus> next = EventTransitions.nextOf(event.status()).stream().sorted().toList();
		model.addAttribute("nextStatuses", next);
		model.addAttribute("closed", event.status() == EventStatus.CLOSED);
		return "event/admin-detail";
	}
}
