package id.canting.matching.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.matching.internal.MatchingSettingsService;
import id.canting.matching.internal.OrganiserRules;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormRejections;

/**
 * The organiser's settings and rules page {@code /admin/events/{code}/matching/settings}: expiry and caps
 * (errors inline, nothing saved), pairs kept apart, buyer types that meet only Batikmark sellers.
 */
@Controller
class MatchingSettingsPageController {

	private final MatchingSettingsService settings;
	private final OrganiserRules rules;
	private final MatchingParticipants participants;
	private final CoreRefusals refusals;

	MatchingSettingsPageController(MatchingSettingsService settings, OrganiserRules rules, MatchingParticipants participants,
			CoreRefusals refusals) {
		this.settings = settings;
		this.rules = rules;
		this.participants = participants;
		this.refusals = refusals;
	}

	@GetMapping("/admin/events/{code}/matching/settings")
	String page(@PathVariable String code, Actor actor, Model model) {
		EventCode event = EventCode.of(code);
		return page(event, actor, MatchingSettingsForm.of(settings.settings(event)), model);
	}

	@PostMapping("/admin/events/{code}/matching/settings")
	String save(@PathVariable String code, @ModelAttribute("settingsForm") MatchingSettingsForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			FormRejections.refuseUnreadable(result);
			settings.change(actor, event, form.getVersion(), form.toInput());
			redirect.addFlashAttribute("notice", "matching.core.notice.settings-saved");
			return "redirect:/admin/events/" + event + "/matching/settings";
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", refusals.text(e));
		}
		return page(event, actor, form, model);
	}

	@PostMapping("/admin/events/{code}/matching/blocked-pairs")
	String block(@PathVariable String code, @RequestParam(required = false) Long buyerId,
			@RequestParam(required = false) Long sellerId, @RequestParam(required = false) String reason, Actor actor,
			RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.blocked", () -> {
			settings.block(actor, EventCode.of(code), buyerId == null ? null : new MatchingParticipantId(buyerId),
					sellerId == null ? null : new MatchingParticipantId(sellerId), reason);
			return null;
		});
	}

	@PostMapping("/admin/events/{code}/matching/blocked-pairs/{buyerId}/{sellerId}/delete")
	String unblock(@PathVariable String code, @PathVariable long buyerId, @PathVariable long sellerId, Actor actor,
			RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.unblocked", () -> {
			settings.unblock(actor, EventCode.of(code), new MatchingParticipantId(buyerId),
					new MatchingParticipantId(sellerId));
			return null;
		});
	}

	@PostMapping("/admin/events/{code}/matching/type-rules")
	String typeRule(@PathVariable String code, @RequestParam(required = false) BuyerType buyerType,
			@RequestParam(defaultValue = "false") boolean requiresBatikmark, Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.type-rule", () -> {
			settings.typeRule(actor, EventCode.of(code), buyerType, requiresBatikmark);
			return null;
		});
	}

	private String page(EventCode event, Actor actor, MatchingSettingsForm form, Model model) {
		model.addAttribute("event", participants.event(event));
		model.addAttribute("settingsForm", form);
		model.addAttribute("blocked", settings.blockedPairs(actor, event));
		model.addAttribute("typeRules", rules.typeRules(event.value()));
		model.addAttribute("buyers", participants.list(actor, event,
				new MatchingParticipants.Filter(ParticipantSide.BUYER, null)));
		model.addAttribute("sellers", participants.list(actor, event,
				new MatchingParticipants.Filter(ParticipantSide.SELLER, null)));
		model.addAttribute("names", participants.list(actor, event, new MatchingParticipants.Filter(null, null))
			.stream().collect(java.util.stream.Collectors.toMap(p -> p.id().value(), p -> p.companyName())));
		model.addAttribute("approved", ParticipantStatus.APPROVED);
		return "matching/core-settings";
	}

	private String step(String code, RedirectAttributes redirect, String notice, Supplier<?> command) {
		refusals.step(redirect, notice, command);
		return "redirect:/admin/events/" + EventCode.of(code) + "/matching/settings";
	}
}
