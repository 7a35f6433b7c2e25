package id.canting.allocation.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.CertificateRule;
import id.canting.allocation.internal.OrderService;
import id.canting.allocation.internal.OrderUnit;
import id.canting.region.Regions;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormRejections;

/**
 * The order form for admins: {@code /allocation/orders/new} and {@code /allocation/orders/{id}/edit}
 * (while DRAFT or PLANNED). Errors show inline next to their field (a delivery point's in its row, the
 * points' sum on the rows), nothing saved; "add a row" re-shows the form with one more row.
 */
@Controller
class OrderFormController {

	private final OrderService orders;
	private final Regions regions;
	private final ExplanationText text;

	OrderFormController(OrderService orders, Regions regions, ExplanationText text) {
		this.orders = orders;
		this.regions = regions;
		this.text = text;
	}

	@GetMapping("/allocation/orders/new")
	String newOrder(Actor actor, Model model) {
		requireAdmin(actor);
		return form(OrderForm.blank(), null, model);
	}

	@PostMapping("/allocation/orders")
	String create(@ModelAttribute("orderForm") OrderForm form, BindingResult result,
			@RequestParam(required = false) String addRow, Actor actor, Model model, RedirectAttributes redirect) {
		requireAdmin(actor);
		if (addRow != null) {
			form.addBlankRows(1);
			return form(form, null, model);
		}
		try {
			FormRejections.refuseUnreadable(result);
			AllocationOrder order = orders.create(actor, form.toInput());
			redirect.addFlashAttribute("notice", "allocation.order.notice.created");
			return "redirect:/allocation/orders/" + order.id();
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", text.refusal(e));
		}
		return form(form, null, model);
	}

	@GetMapping("/allocation/orders/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Model model) {
		requireAdmin(actor);
		AllocationOrder order = orders.order(actor, new AllocationOrderId(id));
		return form(OrderForm.of(order), order, model);
	}

	@PostMapping("/allocation/orders/{id}")
	String update(@PathVariable long id, @ModelAttribute("orderForm") OrderForm form, BindingResult result,
			@RequestParam(required = false) String addRow, Actor actor, Model model, RedirectAttributes redirect) {
		requireAdmin(actor);
		AllocationOrder order = orders.order(actor, new AllocationOrderId(id));
		if (addRow != null) {
			form.addBlankRows(1);
			return form(form, order, model);
		}
		try {
			FormRejections.refuseUnreadable(result);
			orders.update(actor, new AllocationOrderId(id), form.getVersion() == null ? -1 : form.getVersion(),
					form.toInput());
			redirect.addFlashAttribute("notice", "allocation.order.notice.updated");
			return "redirect:/allocation/orders/" + id;
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", text.refusal(e));
		}
		return form(form, order, model);
	}

	private String form(OrderForm form, AllocationOrder order, Model model) {
		model.addAttribute("orderForm", form);
		model.addAttribute("order", order);
		model.addAttribute("techniques", List.of(Technique.CAP, Technique.TULIS, Technique.KOMBINASI));
		model.addAttribute("units", OrderUnit.values());
		model.addAttribute("certificateRules", CertificateRule.values());
		model.addAttribute("provinces", regions.provinces());
		return "allocation/order-form";
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("allocation.order.forbidden");
		}
	}
}
