package id.canting.matching.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.matching.MeetingId;
import id.canting.matching.internal.outcome.MatchingDay;
import id.canting.matching.web.OutcomeRequests.AttendanceRequest;
import id.canting.shared.Actor;

/**
 * On the day, a participant says from their agenda whether a meeting took place ("held") or the other
 * side did not come ("no-show"), by the same rule as the API's: for a placed meeting from the start of
 * its slot, each side for itself. A refusal comes back as a sentence above the agenda; nothing changes.
 */
@Controller
class AgendaAttendancePageController {

	private final MatchingDay day;
	private final CoreRefusals refusals;

	AgendaAttendancePageController(MatchingDay day, CoreRefusals refusals) {
		this.day = day;
		this.refusals = refusals;
	}

	@PostMapping("/events/{code}/matching/meetings/{meeting}/attendance")
	String mark(@PathVariable String code, @PathVariable long meeting, @ModelAttribute AttendanceRequest form,
			Actor actor, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		refusals.step(redirect, "matching.agenda.notice.marked",
				() -> day.markAttendance(actor, event, new MeetingId(meeting), form.check(), null));
		return "redirect:/events/" + event.value() + "/matching/agenda#meeting-" + meeting;
	}
}
