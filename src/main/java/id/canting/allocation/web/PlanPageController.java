package id.canting.allocation.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.plan.PlanService;
import id.canting.allocation.internal.plan.PlanView;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;

/**
 * {@code /allocation/orders/{id}/plan}: the plan's figures, totals per province and per delivery point, the
 * producers (a page at a time) with deliveries and reasons, lock inputs, and the Plan / Re-plan and Confirm
 * buttons. A refusal (an infeasible order with all its reasons, a rule) comes back above the plan, nothing
 * changed.
 */
@Controller
class PlanPageController {

	static final int PAGE_SIZE = 100;

	private final PlanService plans;
	private final ExplanationText text;

	PlanPageController(PlanService plans, ExplanationText text) {
		this.plans = plans;
		this.text = text;
	}

	@GetMapping("/allocation/orders/{id}/plan")
	String page(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		PlanView view = plans.view(actor, new AllocationOrderId(id));
		List<PlanView.Row> rows = view.rows();
		int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		model.addAttribute("view", view);
		model.addAttribute("order", view.order());
		model.addAttribute("rows", rows.subList(current * PAGE_SIZE, Math.min(rows.size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "allocation/plan";
	}

	@PostMapping("/allocation/orders/{id}/plan")
	String plan(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return act(id, redirect, "allocation.plan.notice.planned", () -> plans.plan(new AllocationOrderId(id), actor));
	}

	@PostMapping("/allocation/orders/{id}/plan/confirm")
	String confirm(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return act(id, redirect, "allocation.plan.notice.confirmed", () -> plans.confirm(new AllocationOrderId(id), actor));
	}

	/** Locks the IKM at {@code quantity}, or unlocks it when the field is left empty. */
	@PostMapping("/allocation/orders/{id}/plan/locks")
	String lock(@PathVariable long id, @RequestParam long ikmId, @RequestParam(required = false) Long quantity,
			Actor actor, RedirectAttributes redirect) {
		return act(id, redirect, quantity == null ? "allocation.plan.notice.unlocked" : "allocation.plan.notice.locked",
				() -> plans.lock(new AllocationOrderId(id), new IkmId(ikmId), quantity, actor));
	}

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (PlanInfeasibleException e) {
			redirect.addFlashAttribute("infeasible", e.reasons().stream().map(text::text).toList());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", text.refusal(e));
		}
		return "redirect:/allocation/orders/" + id + "/plan";
	}
}
