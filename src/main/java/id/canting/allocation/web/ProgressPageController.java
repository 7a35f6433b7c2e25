package id.canting.allocation.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.progress.OrderProgress;
import id.canting.allocation.internal.progress.PaceRule;
import id.canting.allocation.internal.progress.ProgressReports;
import id.canting.allocation.internal.progress.Reallocation;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.Role;
import id.canting.shared.web.FieldMessages;
import id.canting.shared.web.FormSubmission;

/**
 * The progress page of an order (every producer for staff and the order's buyer; an owner's own part
 * with its report form, readable on a phone), the owner's list of its allocations, and the staff's
 * re-allocation button. A refused report is shown again with its errors next to its fields.
 */
@Controller
class ProgressPageController {

	private final ProgressReports reports;
	private final Reallocation reallocation;
	private final MessageSource messages;

	ProgressPageController(ProgressReports reports, Reallocation reallocation, MessageSource messages) {
		this.reports = reports;
		this.reallocation = reallocation;
		this.messages = messages;
	}

	@GetMapping("/allocation/my-allocations")
	String mine(Actor actor, Model model) {
		model.addAttribute("allocations", reports.myAllocations(actor));
		return "allocation/my-allocations";
	}

	@GetMapping("/allocation/orders/{id}/progress")
	String page(@PathVariable long id, Actor actor, Model model) {
		return show(id, actor, model);
	}

	@PostMapping("/allocation/orders/{id}/progress")
	String report(@PathVariable long id, @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return failed(id, form, result, actor, model);
		}
		return FormSubmission.of(result).ruleRefusals()
			.submit(() -> reports.report(actor, new AllocationOrderId(id), form.input()))
			.map(done -> {
				redirect.addFlashAttribute("notice", "allocation.progress.notice.reported");
				return "redirect:/allocation/orders/" + id + "/progress#producer-" + done.ikmId();
			})
			.orElseGet(() -> failed(id, form, result, actor, model));
	}

	@PostMapping("/allocation/orders/{id}/reallocate")
	String reallocate(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		try {
			Reallocation.Result done = reallocation.reallocate(actor, new AllocationOrderId(id), List.of());
			redirect.addFlashAttribute("reallocated", new Object[] { done.planVersion(), done.moved(), done.changes().size() });
		}
		catch (PlanInfeasibleException e) {
			redirect.addFlashAttribute("refusal",
					String.join(" ", PlanReasons.texts(messages, e, LocaleContextHolder.getLocale())));
		}
		catch (DomainException e) {
			if (e instanceof id.canting.shared.NotFoundException || e instanceof id.canting.shared.ForbiddenException) {
				throw e;
			}
			redirect.addFlashAttribute("refusal",
					messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/allocation/orders/" + id + "/progress";
	}

	private String failed(long id, ProgressForm form, BindingResult result, Actor actor, Model model) {
		model.addAttribute("failedIkm", form.getIkmId());
		model.addAttribute("fieldErrors", FieldMessages.byField(result, messages));
		return show(id, actor, model);
	}

	private String show(long id, Actor actor, Model model) {
		OrderProgress progress = reports.progress(actor, new AllocationOrderId(id));
		model.addAttribute("progress", progress);
		model.addAttribute("staff", actor.isAdmin() || actor.role() == Role.OFFICER);
		model.addAttribute("owner", actor.role() == Role.IKM_OWNER);
		model.addAttribute("reportable", progress.producers().stream()
			.filter(p -> actor.isAdmin() || actor.ownsIkm(p.ikmId()) || actor.isOfficerOf(p.provinceCode()))
			.toList());
		model.addAttribute("tolerance", PaceRule.TOLERANCE_PERCENT);
		model.addAttribute("graceDays", PaceRule.GRACE_DAYS);
		if (!model.containsAttribute("progressForm")) {
			model.addAttribute("progressForm", new ProgressForm());
		}
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "allocation/progress";
	}
}
