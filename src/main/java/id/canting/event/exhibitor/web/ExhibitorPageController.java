package id.canting.event.exhibitor.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.exhibitor.ExhibitorApplicationId;
import id.canting.event.exhibitor.ExhibitorStatus;
import id.canting.event.exhibitor.internal.BoothNeed;
import id.canting.event.exhibitor.internal.Criterion;
import id.canting.event.exhibitor.internal.CurationCriteria;
import id.canting.event.exhibitor.internal.ExhibitorApplication;
import id.canting.event.exhibitor.internal.ExhibitorApplications;
import id.canting.event.exhibitor.internal.PublicExhibitors;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.web.FormRejections;

/**
 * Exhibitor pages: the public list of an event's exhibitors (a fragment for the event page too), the
 * owner's application, and the officers' and curators' list with endorse, decline and score.
 */
@Controller
class ExhibitorPageController {

	private final ExhibitorApplications applications;
	private final PublicExhibitors exhibitors;
	private final CurationCriteria criteria;
	private final Events events;
	private final Regions regions;
	private final PageRefusals refusals;
	private final ProvinceNames provinceNames;

	ExhibitorPageController(ExhibitorApplications applications, PublicExhibitors exhibitors, CurationCriteria criteria,
			Events events, Regions regions, PageRefusals refusals, ProvinceNames provinceNames) {
		this.provinceNames = provinceNames;
		this.applications = applications;
		this.exhibitors = exhibitors;
		this.criteria = criteria;
		this.events = events;
		this.regions = regions;
		this.refusals = refusals;
	}

	@GetMapping("/events/{code}/exhibitors")
	String publicList(@PathVariable String code, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		EventCode eventCode = EventCode.of(code);
		model.addAttribute("event", event(eventCode));
		model.addAttribute("exhibitors", exhibitors.of(eventCode));
		model.addAttribute("regions", regions);
		return htmx != null ? "event/exhibitor/public :: list" : "event/exhibitor/public";
	}

	@GetMapping("/events/{code}/exhibitor-application")
	String own(@PathVariable String code, Actor actor, Model model) {
		EventCode eventCode = EventCode.of(code);
		List<ExhibitorApplication> own = applications.ownApplications(actor, eventCode);
		ExhibitorForm form = own.stream().filter(a -> a.status() == ExhibitorStatus.DRAFT).findFirst().map(ExhibitorForm::of)
			.orElseGet(ExhibitorForm::new);
		return ownPage(eventCode, actor, own, form, model);
	}

	@PostMapping("/events/{code}/exhibitor-application")
	String save(@PathVariable String code, @ModelAttribute("form") ExhibitorForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		EventCode eventCode = EventCode.of(code);
		List<ExhibitorApplication> own = applications.ownApplications(actor, eventCode);
		try {
			FormRejections.refuseUnreadable(result);
			ExhibitorApplication draft = own.stream().filter(a -> a.status() == ExhibitorStatus.DRAFT).findFirst()
				.map(a -> applications.update(actor, a.id(), form.getVersion() == null ? a.version() : form.getVersion(),
						form.toInput()))
				.orElseGet(() -> applications.apply(actor, eventCode, form.toInput()));
			if (form.isSubmit()) {
				applications.submit(actor, draft.id());
			}
			redirect.addFlashAttribute("notice", form.isSubmit() ? "exhibitor.notice.submitted" : "exhibitor.notice.saved");
			return "redirect:/events/" + eventCode + "/exhibitor-application";
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", refusals.text(e));
		}
		return ownPage(eventCode, actor, own, form, model);
	}

	private String ownPage(EventCode code, Actor actor, List<ExhibitorApplication> own, ExhibitorForm form, Model model) {
		EventView event = event(code);
		model.addAttribute("event", event);
		model.addAttribute("own", own);
		model.addAttribute("form", form);
		model.addAttribute("editable", own.isEmpty() || own.stream().anyMatch(a -> a.status() == ExhibitorStatus.DRAFT));
		model.addAttribute("callOpen", event.exhibitorCallOpenOn(events.now().toLocalDate()));
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("boothNeeds", BoothNeed.values());
		return "event/exhibitor/own";
	}

	@GetMapping("/events/{code}/exhibitor-applications")
	String list(@PathVariable String code, Actor actor, Model model) {
		EventCode eventCode = EventCode.of(code);
		model.addAttribute("event", event(eventCode));
		model.addAttribute("applications", applications.list(actor, eventCode));
		model.addAttribute("criteria", criteria.weights(eventCode));
		model.addAttribute("canScore", actor.isAdmin());
		model.addAttribute("provinceNames", provinceNames.all());
		return "event/exhibitor/list";
	}

	@PostMapping("/events/{code}/exhibitor-applications/{id}/endorse")
	String endorse(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, () -> applications.endorse(actor, new ExhibitorApplicationId(id)),
				"exhibitor.notice.endorsed");
	}

	@PostMapping("/events/{code}/exhibitor-applications/{id}/decline")
	String decline(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String reason,
			Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, () -> applications.decline(actor, new ExhibitorApplicationId(id), reason),
				"exhibitor.notice.declined");
	}

	@PostMapping("/events/{code}/exhibitor-applications/{id}/score")
	String score(@PathVariable String code, @PathVariable long id, @RequestParam Map<String, String> params, Actor actor,
			RedirectAttributes redirect) {
		return step(code, redirect, () -> applications.score(actor, new ExhibitorApplicationId(id), points(params)),
				"exhibitor.notice.scored");
	}

	private static Map<Criterion, Integer> points(Map<String, String> params) {
		Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			String value = params.get("points." + criterion.name());
			if (value != null && !value.isBlank()) {
				try {
					points.put(criterion, Integer.parseInt(value.strip()));
				}
				catch (NumberFormatException e) {
					points.put(criterion, -1);
				}
			}
		}
		return points;
	}

	private String step(String code, RedirectAttributes redirect, Runnable command, String notice) {
		try {
			command.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", refusals.text(e));
		}
		return "redirect:/events/" + EventCode.of(code) + "/exhibitor-applications";
	}

	private EventView event(EventCode code) {
		return events.find(code).orElseThrow(() -> new NotFoundException("exhibitor.event.not-found", code.value()));
	}
}
