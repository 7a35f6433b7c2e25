package id.canting.programme.participation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.participation.internal.ParticipantRules;
import id.canting.programme.participation.internal.ProgrammeSessions;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/** Ministry staff add a programme's sessions (problems shown next to the fields) and remove unattended ones. */
@Controller
class SessionFormController {

	private final ProgrammeSessions sessions;
	private final ParticipantViews views;

	SessionFormController(ProgrammeSessions sessions, ParticipantViews views) {
		this.sessions = sessions;
		this.views = views;
	}

	@PostMapping("/programmes/{code}/sessions")
	String add(@PathVariable String code, @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("participant.forbidden.sessions");
		}
		if (ParticipantViews.saved(result, () -> ParticipantRules.check(form.toInput()),
				() -> sessions.add(actor, code, form.toInput()))) {
			redirect.addFlashAttribute("notice", "session.notice.added");
			return "redirect:/programmes/{code}/participants";
		}
		views.page(model, actor, code, null);
		return ParticipantViews.PAGE;
	}

	@PostMapping("/programmes/{code}/sessions/{number}/remove")
	String remove(@PathVariable String code, @PathVariable int number, Actor actor, RedirectAttributes redirect) {
		sessions.remove(actor, code, number);
		redirect.addFlashAttribute("notice", "session.notice.removed");
		return "redirect:/programmes/{code}/participants";
	}
}
