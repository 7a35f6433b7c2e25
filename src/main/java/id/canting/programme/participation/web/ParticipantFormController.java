package id.canting.programme.participation.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.ParticipantId;
import id.canting.programme.participation.internal.Participant;
import id.canting.programme.participation.internal.ParticipantRules;
import id.canting.programme.participation.internal.ProgrammeParticipants;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Admins and officers add participants (problems shown next to the fields), remove them, and record
 * attendance a row at a time: htmx swaps the changed row in place, without script a form post per
 * row does the same and comes back to the page.
 */
@Controller
class ParticipantFormController {

	private final ProgrammeParticipants participants;
	private final ParticipantViews views;

	ParticipantFormController(ProgrammeParticipants participants, ParticipantViews views) {
		this.participants = participants;
		this.views = views;
	}

	@PostMapping("/programmes/{code}/participants")
	String enrol(@PathVariable String code, @ModelAttribute("participantForm") ParticipantForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		if (!participants.mayEnrol(actor)) {
			throw new ForbiddenException("participant.forbidden.province");
		}
		if (ParticipantViews.saved(result, () -> ParticipantRules.check(form.toInput()),
				() -> participants.enrol(actor, code, form.toInput()))) {
			redirect.addFlashAttribute("notice", "participant.notice.enrolled");
			return "redirect:/programmes/{code}/participants";
		}
		views.page(model, actor, code, null);
		return ParticipantViews.PAGE;
	}

	@PostMapping("/programmes/{code}/participants/{id}/remove")
	String remove(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		participants.remove(actor, code, new ParticipantId(id));
		redirect.addFlashAttribute("notice", "participant.notice.removed");
		return "redirect:/programmes/{code}/participants";
	}

	/**
	 * {@code shown} are the sessions whose box the row offered (those held); {@code present} the boxes
	 * ticked. Sessions not shown keep what they had.
	 */
	@PostMapping("/programmes/{code}/participants/{id}/attendance")
	String attendance(@PathVariable String code, @PathVariable long id,
			@RequestParam(required = false) List<Integer> shown, @RequestParam(required = false) List<Integer> present,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model,
			RedirectAttributes redirect) {
		Set<Integer> ticked = present == null ? Set.of() : new HashSet<>(present);
		Map<Integer, Boolean> marks = new LinkedHashMap<>();
		if (shown != null) {
			shown.forEach(number -> marks.put(number, ticked.contains(number)));
		}
		Participant participant = participants.recordAttendance(actor, code, new ParticipantId(id), marks);
		if (htmx != null) {
			views.row(model, actor, code, participant);
			return ParticipantViews.ROW;
		}
		redirect.addFlashAttribute("notice", "participant.notice.attendance");
		return "redirect:/programmes/{code}/participants";
	}
}
