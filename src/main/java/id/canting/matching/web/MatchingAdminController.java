package id.canting.matching.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.matching.internal.MatchingSettingsService;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;

/**
 * The organiser's matching page {@code /admin/events/{code}/matching}: the participants filtered by side
 * and status (pending first; htmx swaps the table), approve or reject, add the event's exhibitors as
 * sellers, cap one participant's meetings; links to the settings and rules.
 */
@Controller
class MatchingAdminController {

	private final MatchingParticipants participants;
	private final MatchingSettingsService settings;
	private final CoreRefusals refusals;

	MatchingAdminController(MatchingParticipants participants, MatchingSettingsService settings,
			CoreRefusals refusals) {
		this.participants = participants;
		this.settings = settings;
		this.refusals = refusals;
	}

	@GetMapping("/admin/events/{code}/matching")
	String page(@PathVariable String code, @RequestParam(required = false) ParticipantSide side,
			@RequestParam(required = false) ParticipantStatus status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model) {
		EventCode event = EventCode.of(code);
		model.addAttribute("event", participants.event(event));
		model.addAttribute("side", side);
		model.addAttribute("status", status);
		model.addAttribute("sides", ParticipantSide.values());
		model.addAttribute("statuses", ParticipantStatus.values());
		model.addAttribute("participants", participants.list(actor, event, new MatchingParticipants.Filter(side, status))
			.stream().sorted(MatchingParticipants.PENDING_FIRST).toList());
		model.addAttribute("settings", settings.settings(event));
		return htmx != null ? "matching/core-admin :: participants" : "matching/core-admin";
	}

	@PostMapping("/admin/events/{code}/matching/participants/{id}/approve")
	String approve(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.approved",
				() -> participants.approve(actor, new MatchingParticipantId(id)));
	}

	@PostMapping("/admin/events/{code}/matching/participants/{id}/reject")
	String reject(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.rejected",
				() -> participants.reject(actor, new MatchingParticipantId(id)));
	}

	@PostMapping("/admin/events/{code}/matching/participants/{id}/cap")
	String cap(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Integer maxMeetings,
			Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.capped",
				() -> participants.capMeetings(actor, new MatchingParticipantId(id), maxMeetings));
	}

	@PostMapping("/admin/events/{code}/matching/exhibitors")
	String addExhibitors(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
		try {
			int added = participants.addExhibitors(actor, EventCode.of(code));
			redirect.addFlashAttribute("added", added);
			redirect.addFlashAttribute("notice", "matching.core.notice.exhibitors-added");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", refusals.text(e));
		}
		return "redirect:/admin/events/" + EventCode.of(code) + "/matching";
	}

	private String step(String code, RedirectAttributes redirect, String notice, Supplier<?> command) {
		refusals.step(redirect, notice, command);
		return "redirect:/admin/events/" + EventCode.of(code) + "/matching";
	}
}
