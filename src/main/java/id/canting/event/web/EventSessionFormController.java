package id.canting.event.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventSessionId;
import id.canting.event.EventView;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.event.internal.EventManagement;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.web.FormSubmission;

/** Organisers add, change and remove an event's sessions (not once the event is closed). */
@Controller
class EventSessionFormController {

	private final EventManagement events;

	EventSessionFormController(EventManagement events) {
		this.events = events;
	}

	@GetMapping("/admin/events/{code}/sessions/new")
	String newForm(@PathVariable String code, Actor actor, Model model) {
		requireOrganiser(actor);
		EventView event = events.event(actor, code);
		SessionForm form = new SessionForm();
		form.setStartsAt(event.startDate() + "T09:00");
		form.setEndsAt(event.startDate() + "T12:00");
		return form(form, event, null, model);
	}

	@PostMapping("/admin/events/{code}/sessions")
	String add(@PathVariable String code, @ModelAttribute("form") SessionForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		requireOrganiser(actor);
		EventView event = events.event(actor, code);
		if (result.hasErrors()) {
			return form(form, event, null, model);
		}
		return FormSubmission.of(result).ruleRefusals()
			.submit(() -> events.addSession(actor, code, form.toInput()))
			.map(added -> done(added, redirect))
			.orElseGet(() -> form(form, event, null, model));
	}

	@GetMapping("/admin/events/{code}/sessions/{id}")
	String editForm(@PathVariable String code, @PathVariable long id, Actor actor, Model model) {
		requireOrganiser(actor);
		SessionView session = events.session(actor, code, new EventSessionId(id));
		return form(SessionForm.of(session), events.event(actor, code), session, model);
	}

	@PostMapping("/admin/events/{code}/sessions/{id}")
	String update(@PathVariable String code, @PathVariable long id, @ModelAttribute("form") SessionForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		requireOrganiser(actor);
		SessionView session = events.session(actor, code, new EventSessionId(id));
		EventView event = events.event(actor, code);
		if (result.hasErrors()) {
			return form(form, event, session, model);
		}
		return FormSubmission.of(result).ruleRefusals()
			.submit(() -> events.updateSession(actor, code, session.id(), form.getVersion(), form.toInput()))
			.map(saved -> done(saved, redirect))
			.orElseGet(() -> form(form, event, session, model));
	}

	@PostMapping("/admin/events/{code}/sessions/{id}/delete")
	String remove(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		events.removeSession(actor, code, new EventSessionId(id));
		redirect.addFlashAttribute("notice", "event.notice.session-removed");
		return "redirect:/admin/events/" + events.event(actor, code).code().value();
	}

	private static String done(SessionView session, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "event.notice.session-saved");
		return "redirect:/admin/events/" + session.eventCode().value();
	}

	private String form(SessionForm form, EventView event, SessionView session, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		model.addAttribute("kinds", SessionKind.values());
		return "event/session-form";
	}

	private void requireOrganiser(Actor actor) {
		if (!events.mayOrganise(actor)) {
			throw new ForbiddenException("event.forbidden.change");
		}
	}
}
