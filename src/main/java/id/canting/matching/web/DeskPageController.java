package id.canting.matching.web;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.outcome.MatchingDay;
import id.canting.matching.web.OutcomeResponses.SlotChoice;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;

/**
 * The organisers' desk on the day, on a phone: find a participant by company name and check them in
 * ("Hadir"); book a walk-in meeting for a buyer and a seller into a slot of today where both are free.
 * Refusals are said above the form, in words; nothing changes then.
 */
@Controller
class DeskPageController {

	private final MatchingDay day;
	private final OutcomeRefusals refusals;

	DeskPageController(MatchingDay day, OutcomeRefusals refusals) {
		this.day = day;
		this.refusals = refusals;
	}

	@GetMapping("/admin/events/{code}/matching/check-in")
	String desk(@PathVariable String code, @RequestParam(required = false) String q, Actor actor, Model model) {
		EventCode event = EventCode.of(code);
		List<MatchingParticipant> approved = day.desk(actor, event, null);
		model.addAttribute("code", event.value());
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("participants", day.desk(actor, event, q));
		model.addAttribute("buyers", approved.stream().filter(p -> p.side() == ParticipantSide.BUYER).toList());
		model.addAttribute("sellers", approved.stream().filter(p -> p.side() == ParticipantSide.SELLER).toList());
		model.addAttribute("slots", day.slotsLeftToday(event).stream()
			.map(s -> SlotChoice.of(s, LocaleContextHolder.getLocale())).toList());
		return "matching/outcome-desk";
	}

	@PostMapping("/admin/events/{code}/matching/check-in/{id}")
	String checkIn(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String q,
			Actor actor, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		step(redirect, () -> day.checkIn(actor, event, new MatchingParticipantId(id)), "matching.outcome.notice.checked-in");
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/events/{code}/matching/check-in")
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
			.buildAndExpand(event.value()).encode().toUriString();
	}

	@PostMapping("/admin/events/{code}/matching/walk-ins")
	String walkIn(@PathVariable String code, @RequestParam(required = false) Long buyer,
			@RequestParam(required = false) Long seller, @RequestParam(required = false) Long slot, Actor actor,
			RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		step(redirect, () -> day.bookWalkIn(actor, event, buyer == null ? null : new MatchingParticipantId(buyer),
				seller == null ? null : new MatchingParticipantId(seller), slot), "matching.outcome.notice.walk-in");
		return "redirect:/admin/events/" + event.value() + "/matching/check-in#walk-in";
	}

	private void step(RedirectAttributes redirect, Runnable command, String notice) {
		try {
			command.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (id.canting.shared.ForbiddenException | id.canting.shared.NotFoundException e) {
			throw e;
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", refusals.text(e));
		}
	}
}
