package id.canting.allocation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.CapacityService;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;

/**
 * {@code /allocation/orders/{id}/capacity/{ikmId}}: the owner's page (made for a phone) to confirm or
 * lower what the IKM can make for the order, showing how the computed capacity comes about; a refusal
 * (above the computed capacity) is shown on the field, nothing saved.
 */
@Controller
class CapacityPageController {

	private final CapacityService capacities;
	private final ExplanationText text;

	CapacityPageController(CapacityService capacities, ExplanationText text) {
		this.capacities = capacities;
		this.text = text;
	}

	@GetMapping("/allocation/orders/{id}/capacity/{ikmId}")
	String page(@PathVariable long id, @PathVariable long ikmId, Actor actor, Model model) {
		CapacityService.CapacityView view = capacities.capacity(actor, new AllocationOrderId(id), new IkmId(ikmId));
		model.addAttribute("view", view);
		model.addAttribute("quantity", view.assessment().capacity().confirmed() != null
				? view.assessment().capacity().confirmed() : view.assessment().capacity().net());
		model.addAttribute("note", view.note());
		return "allocation/capacity";
	}

	@PostMapping("/allocation/orders/{id}/capacity/{ikmId}")
	String confirm(@PathVariable long id, @PathVariable long ikmId, @RequestParam(required = false) String quantity,
			@RequestParam(required = false) String note, Actor actor, Model model, RedirectAttributes redirect) {
		Long value = null;
		String typed = quantity == null ? "" : quantity.replace(".", "").replace(",", "").replace(" ", "").strip();
		try {
			value = typed.isEmpty() ? null : Long.valueOf(typed);
		}
		catch (NumberFormatException e) {
			value = -1L;
		}
		try {
			capacities.confirm(actor, new AllocationOrderId(id), new IkmId(ikmId), value, note);
			redirect.addFlashAttribute("notice", "allocation.capacity.notice.confirmed");
			return "redirect:/allocation/orders/" + id + "/capacity/" + ikmId;
		}
		catch (InvalidInputException e) {
			model.addAttribute("quantityError", text.refusal(e));
		}
		catch (DomainException e) {
			model.addAttribute("problem", text.refusal(e));
		}
		model.addAttribute("view", capacities.capacity(actor, new AllocationOrderId(id), new IkmId(ikmId)));
		model.addAttribute("quantity", quantity);
		model.addAttribute("note", note);
		return "allocation/capacity";
	}
}
