package id.canting.event.registration.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.SessionView;
import id.canting.event.registration.RegistrationFigures.SessionFigures;
import id.canting.event.registration.internal.AgeGroup;
import id.canting.event.registration.internal.ConsentStatement;
import id.canting.event.registration.internal.RegistrationQueries;
import id.canting.event.registration.internal.Registrations;
import id.canting.shared.NotFoundException;
import id.canting.shared.web.FormSubmission;

/**
 * A session's registration page (no account): the session, its seats, the consent statement and the
 * form; a registration leads to its ticket.
 */
@Controller
class RegistrationController {

	static final String PAGE = "event/registration/register";

	private final Registrations registrations;
	private final RegistrationQueries queries;
	private final Events events;

	RegistrationController(Registrations registrations, RegistrationQueries queries, Events events) {
		this.registrations = registrations;
		this.queries = queries;
		this.events = events;
	}

	@GetMapping("/events/{code}/sessions/{id}/register")
	String form(@PathVariable String code, @PathVariable long id, Model model) {
		model.addAttribute("registrationForm", new RegistrationForm());
		return page(code, id, model);
	}

	@PostMapping("/events/{code}/sessions/{id}/register")
	String register(@PathVariable String code, @PathVariable long id,
			@ModelAttribute("registrationForm") RegistrationForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		String language = "en".equals(locale.getLanguage()) ? "en" : "id";
		return FormSubmission.of(result)
			.ruleRefusals()
			.submit(() -> registrations.register(EventCode.of(code), new EventSessionId(id), form.toInput(language)))
			.map(view -> {
				redirect.addFlashAttribute("notice", "event.registration.notice." + view.registration().status().name());
				return "redirect:/tickets/" + view.registration().ticket().value();
			})
			.orElseGet(() -> page(code, id, model));
	}

	private String page(String code, long id, Model model) {
		EventCode eventCode = EventCode.of(code);
		EventView event = events.find(eventCode).filter(e -> e.status().isPublic())
			.orElseThrow(() -> new NotFoundException("event.not-found", eventCode.value()));
		SessionView session = events.session(new EventSessionId(id)).filter(s -> s.eventCode().equals(eventCode))
			.orElseThrow(() -> new NotFoundException("event.session.not-found", id));
		SessionFigures figures = queries.figures(eventCode).sessions().stream()
			.filter(f -> f.sessionId().equals(session.id())).findFirst().orElse(null);
		int confirmed = figures == null ? 0 : figures.confirmed();
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		model.addAttribute("seatsLeft", Math.max(0, session.capacity() - confirmed));
		model.addAttribute("open", event.status().takesRegistrations() && !session.hasStartedAt(events.now()));
		model.addAttribute("ageGroups", AgeGroup.values());
		model.addAttribute("consentVersion", ConsentStatement.VERSION);
		return PAGE;
	}
}
