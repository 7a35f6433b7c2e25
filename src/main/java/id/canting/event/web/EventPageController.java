package id.canting.event.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.canting.event.EventStatus;
import id.canting.event.EventView;
import id.canting.event.internal.EventManagement;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;

/**
 * The public event pages: the list of events (published, running and closed; organisers see every
 * status) and an event's page with its programme of sessions grouped by day, in Indonesian or English,
 * with Open Graph tags so that a shared link reads well.
 */
@Controller
class EventPageController {

	private final EventManagement events;
	private final Regions regions;

	EventPageController(EventManagement events, Regions regions) {
		this.events = events;
		this.regions = regions;
	}

	@GetMapping("/events")
	String list(Actor actor, Model model) {
		// the public list; owners and officers also see the calls for exhibitors open to them
		model.addAttribute("events", events.events(actor, null).stream()
			.filter(e -> e.status().isPublic()
					|| (e.status() == EventStatus.OPEN_FOR_EXHIBITORS && events.mayRead(actor, e.status())))
			.toList());
		model.addAttribute("canOrganise", events.mayOrganise(actor));
		return "event/list";
	}

	@GetMapping("/events/{code}")
	String detail(@PathVariable String code, Actor actor, Locale locale, Model model) {
		EventView event = events.event(actor, code);
		boolean english = "en".equals(locale.getLanguage());
		model.addAttribute("event", event);
		model.addAttribute("description", event.description(english));
		model.addAttribute("english", english);
		model.addAttribute("province",
				regions.province(event.provinceCode()).map(Province::displayName).orElse(null));
		model.addAttribute("days", ProgrammeDay.of(events.sessions(event.code())));
		model.addAttribute("canOrganise", events.mayOrganise(actor));
		model.addAttribute("isPublic", event.status().isPublic());
		model.addAttribute("takesRegistrations", event.status().takesRegistrations());
		model.addAttribute("now", events.now());
		model.addAttribute("ogTitle", event.name());
		model.addAttribute("ogDescription", shortened(event.description(english)));
		return "event/detail";
	}

	/** Open Graph descriptions are read as a line or two. */
	private static String shortened(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= 200 ? flat : flat.substring(0, 197).strip() + "…";
	}
}
