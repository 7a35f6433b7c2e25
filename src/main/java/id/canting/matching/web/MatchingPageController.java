package id.canting.matching.web;

import java.time.Clock;
import java.util.List;

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
import id.canting.event.EventView;
import id.canting.matching.BuyerType;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.Preference;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.region.Regions;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;
import id.canting.shared.web.FormRejections;

/**
 * The participant's "my matching" page {@code /events/{code}/matching}: for a visitor, what it is and how
 * to join; for a buyer or an IKM owner, joining, then their profile, requests in and out, meetings, and
 * the places where the recommendations and the agenda link in.
 */
@Controller
class MatchingPageController {

	private static final String PROFILE = "profile";

	private final MatchingParticipants participants;
	private final MyMatching myMatching;
	private final CoreRefusals refusals;
	private final Regions regions;
	private final Clock clock;

	MatchingPageController(MatchingParticipants participants, MyMatching myMatching, CoreRefusals refusals,
			Regions regions, Clock clock) {
		this.participants = participants;
		this.myMatching = myMatching;
		this.refusals = refusals;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/events/{code}/matching")
	String page(@PathVariable String code, Actor actor, Model model) {
		if (actor.role() == Role.ASSESSOR) {
			throw new ForbiddenException("matching.core.forbidden.participant");
		}
		return page(EventCode.of(code), actor, model, new BuyerForm(), new SellerForm());
	}

	@PostMapping("/events/{code}/matching/join/buyer")
	String joinAsBuyer(@PathVariable String code, @ModelAttribute("buyerForm") BuyerForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			FormRejections.refuseUnreadable(result);
			participants.joinAsBuyer(actor, event, form.toProfile(), LocaleContextHolder.getLocale().getLanguage());
			redirect.addFlashAttribute("notice", "matching.core.notice.joined");
			return "redirect:/events/" + event + "/matching";
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", refusals.text(e));
		}
		return page(event, actor, model, form, new SellerForm());
	}

	@PostMapping("/events/{code}/matching/join/seller")
	String joinAsSeller(@PathVariable String code, @ModelAttribute("sellerForm") SellerForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			FormRejections.refuseUnreadable(result);
			if (form.getIkmId() == null) {
				throw new InvalidInputException(
						List.of(id.canting.shared.FieldViolation.of("ikmId", "validation.required")));
			}
			participants.joinAsSeller(actor, event, form.getIkmId(), form.toOffer(),
					LocaleContextHolder.getLocale().getLanguage());
			redirect.addFlashAttribute("notice", "matching.core.notice.joined");
			return "redirect:/events/" + event + "/matching";
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", refusals.text(e));
		}
		return page(event, actor, model, new BuyerForm(), form);
	}

	@PostMapping("/events/{code}/matching/participants/{id}/profile")
	String profile(@PathVariable String code, @PathVariable long id, @ModelAttribute("buyerForm") BuyerForm buyerForm,
			BindingResult result, @ModelAttribute("sellerForm") SellerForm sellerForm, BindingResult sellerResult,
			Actor actor, Model model, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		MatchingParticipantId participant = new MatchingParticipantId(id);
		boolean buyer = participants.load(participant).side() == ParticipantSide.BUYER;
		BindingResult bound = buyer ? result : sellerResult;
		try {
			FormRejections.refuseUnreadable(bound);
			if (buyer) {
				participants.updateBuyer(actor, participant, buyerForm.getVersion(), buyerForm.toProfile());
			}
			else {
				participants.updateSeller(actor, participant, sellerForm.getVersion(), sellerForm.toOffer());
			}
			redirect.addFlashAttribute("notice", "matching.core.notice.profile-saved");
			return "redirect:/events/" + event + "/matching";
		}
		catch (InvalidInputException e) {
			FormRejections.reject(bound, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", refusals.text(e));
		}
		// the refused form is shown again in its participant's place, with its errors
		model.addAttribute("editing", id);
		model.addAttribute(PROFILE + id, buyer ? buyerForm : sellerForm);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + PROFILE + id, bound);
		return page(event, actor, model, new BuyerForm(), new SellerForm());
	}

	private String page(EventCode code, Actor actor, Model model, BuyerForm buyerForm, SellerForm sellerForm) {
		EventView event = participants.event(code);
		List<MyMatching.Panel> panels = myMatching.panels(actor, code, clock.instant());
		model.addAttribute("event", event);
		model.addAttribute("panels", panels);
		model.addAttribute("buyerForm", buyerForm);
		model.addAttribute("sellerForm", sellerForm);
		model.addAttribute("now", clock.instant());
		boolean joinedAsBuyer = panels.stream().anyMatch(p -> p.participant().side() == ParticipantSide.BUYER);
		model.addAttribute("mayJoinAsBuyer", actor.role() == Role.BUYER && !joinedAsBuyer);
		List<Long> joinedIkm = panels.stream().map(p -> p.participant().ikmId()).filter(java.util.Objects::nonNull)
			.toList();
		model.addAttribute("joinableIkm", actor.role() == Role.IKM_OWNER
				? actor.ikmIds().stream().filter(ikm -> !joinedIkm.contains(ikm)).sorted().toList() : List.of());
		model.addAttribute("buyerTypes", BuyerType.values());
		model.addAttribute("volumeUnits", VolumeUnit.values());
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("preferences", Preference.values());
		model.addAttribute("provinces", regions.provinces());
		// each participation's profile form under its own name (profile{id}), so th:field binds to it
		panels.forEach(p -> {
			if (!model.containsAttribute(PROFILE + p.participant().id().value())) {
				model.addAttribute(PROFILE + p.participant().id().value(), formOf(p.participant()));
			}
		});
		return "matching/core-my";
	}

	private static Object formOf(MatchingParticipant p) {
		return p.side() == ParticipantSide.BUYER ? BuyerForm.of(p) : SellerForm.of(p);
	}
}
