package id.canting.allocation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.allocation.internal.HalalStatus;
import id.canting.allocation.internal.LicenceService;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormRejections;

/**
 * {@code /allocation/licences/{ikmId}}: what the IKM holds for producing to orders (KBLI 13134, halal,
 * cap capability, workshop); officers of its province and admins record it, the owner reads it.
 */
@Controller
class LicencePageController {

	private final LicenceService licences;
	private final ExplanationText text;

	LicencePageController(LicenceService licences, ExplanationText text) {
		this.licences = licences;
		this.text = text;
	}

	@GetMapping("/allocation/licences/{ikmId}")
	String page(@PathVariable long ikmId, Actor actor, Model model) {
		LicenceService.LicenceView view = licences.licence(actor, new IkmId(ikmId));
		return page(view, LicenceForm.of(view.licence()), actor, model);
	}

	@PostMapping("/allocation/licences/{ikmId}")
	String record(@PathVariable long ikmId, @ModelAttribute("licenceForm") LicenceForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		LicenceService.LicenceView view = licences.licence(actor, new IkmId(ikmId));
		try {
			FormRejections.refuseUnreadable(result);
			licences.record(actor, new IkmId(ikmId), form.getVersion() == null ? 0 : form.getVersion(), form.toInput());
			redirect.addFlashAttribute("notice", "allocation.licence.notice.recorded");
			return "redirect:/allocation/licences/" + ikmId;
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", text.refusal(e));
		}
		return page(view, form, actor, model);
	}

	private String page(LicenceService.LicenceView view, LicenceForm form, Actor actor, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("licenceForm", form);
		model.addAttribute("mayRecord", actor.isAdmin() || actor.isOfficerOf(view.ikm().provinceCode()));
		model.addAttribute("halalStatuses", HalalStatus.values());
		return "allocation/licence";
	}
}
