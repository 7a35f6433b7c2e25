package id.canting.event.exhibitor.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.event.exhibitor.ExhibitorApplicationId;
import id.canting.event.exhibitor.ExhibitorStatus;
import id.canting.event.exhibitor.internal.BoothPlan;
import id.canting.event.exhibitor.internal.Booths;
import id.canting.event.exhibitor.internal.ExhibitorApplication;
import id.canting.event.exhibitor.internal.ExhibitorApplications;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.NotFoundException;

/** The floor plan: its grid (scrolling in its own box on a phone) and a booth chosen for each selected exhibitor. */
@Controller
class BoothPageController {

	private final Booths booths;
	private final ExhibitorApplications applications;
	private final Events events;
	private final PageRefusals refusals;

	BoothPageController(Booths booths, ExhibitorApplications applications, Events events, PageRefusals refusals) {
		this.booths = booths;
		this.applications = applications;
		this.events = events;
		this.refusals = refusals;
	}

	@GetMapping("/admin/events/{code}/booths")
	String page(@PathVariable String code, Actor actor, Model model) {
		EventCode eventCode = EventCode.of(code);
		model.addAttribute("event", events.find(eventCode)
			.orElseThrow(() -> new NotFoundException("exhibitor.event.not-found", eventCode.value())));
		BoothPlan plan = booths.plan(eventCode).orElse(null);
		List<ExhibitorApplication> selected = applications.list(actor, eventCode).stream()
			.filter(a -> a.status() == ExhibitorStatus.SELECTED).toList();
		Map<String, ExhibitorApplication> byBooth = selected.stream().filter(a -> a.booth() != null)
			.collect(Collectors.toMap(ExhibitorApplication::booth, Function.identity()));
		model.addAttribute("plan", plan);
		model.addAttribute("selected", selected);
		model.addAttribute("byBooth", byBooth);
		model.addAttribute("rowLabels", plan == null ? List.of()
				: plan.labels().stream().map(l -> l.substring(0, 1)).distinct().toList());
		return "event/exhibitor/booths";
	}

	@PostMapping("/admin/events/{code}/booths/plan")
	String plan(@PathVariable String code, @RequestParam(required = false) Integer rows,
			@RequestParam(required = false) Integer columns, @RequestParam(defaultValue = "false") boolean keepSentraApart,
			Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, () -> booths.setPlan(actor, EventCode.of(code),
				new BoothPlan(rows == null ? 0 : rows, columns == null ? 0 : columns, keepSentraApart)),
				"exhibitor.notice.plan");
	}

	@PostMapping("/admin/events/{code}/booths/assign")
	String assign(@PathVariable String code, @RequestParam long application, @RequestParam(required = false) String booth,
			Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, () -> booths.assign(actor, new ExhibitorApplicationId(application), booth),
				"exhibitor.notice.booth");
	}

	private String step(String code, RedirectAttributes redirect, Runnable command, String notice) {
		try {
			command.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", refusals.text(e));
		}
		return "redirect:/admin/events/" + EventCode.of(code) + "/booths";
	}
}
