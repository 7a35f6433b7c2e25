package id.canting.event.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventType;
import id.canting.event.EventView;
import id.canting.event.internal.EventManagement;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.web.FormSubmission;

/** Organisers create and change events; problems show next to their fields, nothing is saved then. */
@Controller
class EventFormController {

	private final EventManagement events;
	private final Regions regions;

	EventFormController(EventManagement events, Regions regions) {
		this.events = events;
		this.regions = regions;
	}

	@GetMapping("/admin/events/new")
	String newForm(Actor actor, Model model) {
		requireOrganiser(actor);
		return form(new EventForm(), null, model);
	}

	@PostMapping("/admin/events")
	String create(@ModelAttribute("form") EventForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return save(form, result, null, actor, model, redirect);
	}

	@GetMapping("/admin/events/{code}/edit")
	String editForm(@PathVariable String code, Actor actor, Model model) {
		requireOrganiser(actor);
		EventView event = events.event(actor, code);
		return form(EventForm.of(event), event.code().value(), model);
	}

	@PostMapping("/admin/events/{code}/edit")
	String update(@PathVariable String code, @ModelAttribute("form") EventForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		return save(form, result, code, actor, model, redirect);
	}

	private String save(EventForm form, BindingResult result, String code, Actor actor, Model model,
			RedirectAttributes redirect) {
		requireOrganiser(actor);
		if (result.hasErrors()) {
			return form(form, code, model);
		}
		return FormSubmission.of(result).ruleRefusals()
			.submit(() -> code == null ? events.create(actor, form.toInput())
					: events.update(actor, code, form.getVersion(), form.toInput()))
			.map(saved -> {
				redirect.addFlashAttribute("notice", "event.notice.saved");
				return "redirect:/admin/events/" + saved.code().value();
			})
			.orElseGet(() -> form(form, code, model));
	}

	private String form(EventForm form, String code, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("eventCode", code);
		model.addAttribute("types", EventType.values());
		model.addAttribute("provinces", regions.provinces());
		return "event/form";
	}

	private void requireOrganiser(Actor actor) {
		if (!events.mayOrganise(actor)) {
			throw new ForbiddenException("event.forbidden.change");
		}
	}
}
