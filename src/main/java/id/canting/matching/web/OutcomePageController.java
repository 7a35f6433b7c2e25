package id.canting.matching.web;


import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.matching.MeetingId;
import id.canting.matching.OutcomeResult;
import id.canting.matching.internal.outcome.Outcomes;
import id.canting.shared.Actor;
import id.canting.shared.web.FieldMessages;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.FormSubmission;

/**
 * A participant's outcomes page: their held meetings, each with what their side reported so far and a
 * form for the checkpoints open now; a refused report is shown again with its errors next to its fields.
 */
@Controller
class OutcomePageController {

	private final Outcomes outcomes;
	private final MessageSource messages;

	OutcomePageController(Outcomes outcomes, MessageSource messages) {
		this.outcomes = outcomes;
		this.messages = messages;
	}

	@GetMapping("/events/{code}/matching/outcomes")
	String page(@PathVariable String code, Actor actor, Model model) {
		return show(EventCode.of(code), actor, model);
	}

	@PostMapping("/events/{code}/matching/outcomes/{meeting}")
	String report(@PathVariable String code, @PathVariable long meeting,
			@ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		if (result.hasErrors()) {
			// a value that is no amount refuses the report; the rules still name every other problem
			FormRejections.alsoCheck(result, () -> form.input().checked());
			return failed(event, meeting, result, actor, model);
		}
		return FormSubmission.of(result).ruleRefusals().otherRefusals()
			.submit(() -> outcomes.report(actor, event, new MeetingId(meeting), form.input()))
			.map(done -> {
				redirect.addFlashAttribute("notice", "matching.outcome.notice.reported");
				return "redirect:/events/" + event.value() + "/matching/outcomes#meeting-" + meeting;
			})
			.orElseGet(() -> failed(event, meeting, result, actor, model));
	}

	private String failed(EventCode event, long meeting, BindingResult result, Actor actor, Model model) {
		model.addAttribute("failedMeeting", meeting);
		model.addAttribute("fieldErrors", FieldMessages.byField(result, messages));
		return show(event, actor, model);
	}

	private String show(EventCode code, Actor actor, Model model) {
		model.addAttribute("code", code.value());
		model.addAttribute("meetings", outcomes.heldMeetingsOf(actor, code));
		model.addAttribute("results", OutcomeResult.values());
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", new OutcomeForm());
		}
		return "matching/outcome-list";
	}
}
