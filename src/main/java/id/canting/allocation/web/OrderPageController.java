package id.canting.allocation.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.OrderService;
import id.canting.allocation.internal.OrderStatus;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * The orders' pages: {@code /allocation/orders} (the orders the reader may see, with their status) and
 * {@code /allocation/orders/{id}} (rules, delivery points, the workflow's buttons for admins, links to
 * eligibility, plan, progress and the dashboard; an owner's link to confirm capacity).
 */
@Controller
class OrderPageController {

	private final OrderService orders;
	private final Regions regions;
	private final ExplanationText text;

	OrderPageController(OrderService orders, Regions regions, ExplanationText text) {
		this.orders = orders;
		this.regions = regions;
		this.text = text;
	}

	@GetMapping("/allocation/orders")
	String list(Actor actor, Model model) {
		model.addAttribute("orders", orders.list(actor));
		model.addAttribute("mayCreate", actor.isAdmin());
		return "allocation/order-list";
	}

	@GetMapping("/allocation/orders/{id}")
	String detail(@PathVariable long id, Actor actor, Model model) {
		AllocationOrder order = orders.order(actor, new AllocationOrderId(id));
		model.addAttribute("order", order);
		model.addAttribute("provinceNames", regions.provinces().stream()
			.collect(Collectors.toMap(Province::code, Province::name)));
		model.addAttribute("mayEdit", actor.isAdmin() && order.isEditable());
		model.addAttribute("nextStatuses", actor.isAdmin()
				? List.of(OrderStatus.IN_PRODUCTION, OrderStatus.DELIVERED, OrderStatus.CLOSED).stream()
					.filter(order::canMoveTo).toList()
				: List.of());
		model.addAttribute("mayReadEligibility", actor.isAdmin() || actor.role() == Role.OFFICER);
		model.addAttribute("ownIkm", actor.ikmIds());
		return "allocation/order-detail";
	}

	@PostMapping("/allocation/orders/{id}/status")
	String status(@PathVariable long id, @RequestParam(required = false) String status, Actor actor,
			RedirectAttributes redirect) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("allocation.order.forbidden");
		}
		try {
			orders.changeStatus(actor, new AllocationOrderId(id), status);
			redirect.addFlashAttribute("notice", "allocation.order.notice.status");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", text.refusal(e));
		}
		return "redirect:/allocation/orders/" + id;
	}
}
