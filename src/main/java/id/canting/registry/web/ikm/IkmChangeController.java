package id.canting.registry.web.ikm;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.region.Regions;
import id.canting.registry.IkmChangeId;
import id.canting.registry.internal.IkmChangeStatus;
import id.canting.registry.internal.IkmChanges;
import id.canting.registry.IkmId;
import id.canting.registry.web.RegistryViews;
import id.canting.shared.Actor;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;

/**
 * The office's queue of owners' changes waiting for review, and the buttons of a change: accept and
 * return (office), withdraw (owner). Accept and return come from the queue or the IKM page, and lead
 * back to where they came from.
 */
@Controller
class IkmChangeController {

	private final IkmChanges changes;
	private final RegistryViews views;
	private final Regions regions;

	IkmChangeController(IkmChanges changes, RegistryViews views, Regions regions) {
		this.changes = changes;
		this.views = views;
		this.regions = regions;
	}

	@GetMapping("/ikm/changes")
	String queue(@RequestParam(required = false) String province, @RequestParam(required = false) Integer page,
			Actor actor, Model model) {
		PageRequest request = PageRequest.of(page, 20, null, Set.of("proposedAt"), "proposedAt");
		model.addAttribute("results",
				changes.queue(actor, province, IkmChangeStatus.PENDING, request).map(views::changeView));
		model.addAttribute("province", province == null || province.isBlank() ? null : province);
		model.addAttribute("provinces", actor.isAdmin() ? regions.provinces() : List.of());
		return "registry/ikm-changes";
	}

	@PostMapping("/ikm/{id}/changes/{changeId}/accept")
	String accept(@PathVariable long id, @PathVariable long changeId, @RequestParam(required = false) String from,
			Actor actor, RedirectAttributes redirect) {
		changes.accept(actor, new IkmId(id), new IkmChangeId(changeId));
		redirect.addFlashAttribute("notice", "ikm.change.notice.accepted");
		return back(id, from);
	}

	/** A missing reason shows next to the reason field of the IKM page, and nothing changes. */
	@PostMapping("/ikm/{id}/changes/{changeId}/return")
	String returnToOwner(@PathVariable long id, @PathVariable long changeId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String from, Actor actor,
			RedirectAttributes redirect) {
		try {
			changes.returnToOwner(actor, new IkmId(id), new IkmChangeId(changeId), reason);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("reasonError", e.violations().get(0));
			return "redirect:/ikm/" + id + "#change";
		}
		redirect.addFlashAttribute("notice", "ikm.change.notice.returned");
		return back(id, from);
	}

	@PostMapping("/ikm/{id}/changes/{changeId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long changeId, Actor actor, RedirectAttributes redirect) {
		changes.withdraw(actor, new IkmId(id), new IkmChangeId(changeId));
		redirect.addFlashAttribute("notice", "ikm.change.notice.withdrawn");
		return "redirect:/ikm/" + id;
	}

	// only the two known places, never a URL taken from the request
	private static String back(long id, String from) {
		return "queue".equals(from) ? "redirect:/ikm/changes" : "redirect:/ikm/" + id;
	}
}
