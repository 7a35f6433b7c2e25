package id.canting.matching.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingId;
import id.canting.matching.MeetingRequestId;
import id.canting.matching.Preference;
import id.canting.matching.internal.MeetingRequests;
import id.canting.shared.Actor;

/**
 * The participant page's actions on requests and meetings: ask to meet (also the recommendations' form),
 * accept, decline, withdraw, cancel a meeting. Each redirects back to the page with a notice, or with the
 * rule that refused it (nothing changed).
 */
@Controller
class MatchingRequestPageController {

	private final MeetingRequests requests;
	private final CoreRefusals refusals;

	MatchingRequestPageController(MeetingRequests requests, CoreRefusals refusals) {
		this.requests = requests;
		this.refusals = refusals;
	}

	@PostMapping("/events/{code}/matching/requests")
	String send(@PathVariable String code, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, @RequestParam(required = false) Preference preference,
			@RequestParam(required = false) String message, Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.requested",
				() -> requests.send(actor, EventCode.of(code), from == null ? null : new MatchingParticipantId(from),
						to == null ? null : new MatchingParticipantId(to), preference, message));
	}

	@PostMapping("/events/{code}/matching/requests/{id}/accept")
	String accept(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String note,
			Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.accepted",
				() -> requests.accept(actor, new MeetingRequestId(id), note));
	}

	@PostMapping("/events/{code}/matching/requests/{id}/decline")
	String decline(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String note,
			Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.declined",
				() -> requests.decline(actor, new MeetingRequestId(id), note));
	}

	@PostMapping("/events/{code}/matching/requests/{id}/withdraw")
	String withdraw(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.withdrawn",
				() -> requests.withdraw(actor, new MeetingRequestId(id)));
	}

	@PostMapping("/events/{code}/matching/meetings/{id}/cancel")
	String cancel(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return step(code, redirect, "matching.core.notice.cancelled",
				() -> requests.cancelMeeting(actor, new MeetingId(id)));
	}

	private String step(String code, RedirectAttributes redirect, String notice, Supplier<?> command) {
		refusals.step(redirect, notice, command);
		return "redirect:/events/" + EventCode.of(code) + "/matching";
	}
}
