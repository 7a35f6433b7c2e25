package id.canting.matching.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.region.Regions;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormRejections;

/**
 * The public buyer sign-up {@code /events/{code}/matching/buyers/new}: a BUYER account and the buyer's
 * profile at once; the organiser approves before the buyer may request meetings. After signing up the
 * buyer signs in with the new account.
 */
@Controller
class BuyerSignUpController {

	private final MatchingParticipants participants;
	private final CoreRefusals refusals;
	private final Regions regions;

	BuyerSignUpController(MatchingParticipants participants, CoreRefusals refusals, Regions regions) {
		this.participants = participants;
		this.refusals = refusals;
		this.regions = regions;
	}

	@GetMapping("/events/{code}/matching/buyers/new")
	String form(@PathVariable String code, Model model) {
		return page(EventCode.of(code), new BuyerForm(), model);
	}

	@PostMapping("/events/{code}/matching/buyers/new")
	String signUp(@PathVariable String code, @ModelAttribute("buyerForm") BuyerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			FormRejections.refuseUnreadable(result);
			participants.signUpBuyer(event, form.getUsername(), form.getPassword(), form.toProfile(),
					LocaleContextHolder.getLocale().getLanguage());
			redirect.addFlashAttribute("notice", "matching.core.notice.signed-up");
			return "redirect:/login";
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", refusals.text(e));
		}
		form.setPassword(null);
		return page(event, form, model);
	}

	private String page(EventCode code, BuyerForm form, Model model) {
		model.addAttribute("event", participants.event(code));
		model.addAttribute("buyerForm", form);
		model.addAttribute("buyerTypes", BuyerType.values());
		model.addAttribute("volumeUnits", VolumeUnit.values());
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("provinces", regions.provinces());
		return "matching/core-buyer-new";
	}
}
