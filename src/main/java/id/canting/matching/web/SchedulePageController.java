package id.canting.matching.web;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
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
import id.canting.event.SessionView;
import id.canting.matching.MeetingId;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.matching.internal.schedule.ScheduleService;
import id.canting.matching.internal.schedule.ScheduleSessions;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormRejections;

/**
 * The organiser's schedule page {@code /admin/events/{code}/matching/schedule}: the matching sessions (add
 * with errors inline, change, remove), "build the schedule", the latest run's figures in words with the
 * meetings left out and why, and the accepted meetings with lock and unlock.
 */
@Controller
class SchedulePageController {

	private final ScheduleService schedule;
	private final ScheduleSessions sessions;
	private final MatchingParticipants participants;
	private final MessageSource messages;

	SchedulePageController(ScheduleService schedule, ScheduleSessions sessions, MatchingParticipants participants,
			MessageSource messages) {
		this.schedule = schedule;
		this.sessions = sessions;
		this.participants = participants;
		this.messages = messages;
	}

	@GetMapping("/admin/events/{code}/matching/schedule")
	String page(@PathVariable String code, Actor actor, Model model) {
		return page(EventCode.of(code), actor, new ScheduleSessionForm(), model);
	}

	@PostMapping("/admin/events/{code}/matching/sessions")
	String add(@PathVariable String code, @ModelAttribute("sessionForm") ScheduleSessionForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			FormRejections.refuseUnreadable(result);
			sessions.add(actor, event, form.layout());
			redirect.addFlashAttribute("notice", "matching.schedule.notice.session-added");
			return back(event);
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", text(e));
		}
		return page(event, actor, form, model);
	}

	@PostMapping("/admin/events/{code}/matching/sessions/{id}")
	String change(@PathVariable String code, @PathVariable long id,
			@ModelAttribute("changeForm") ScheduleSessionForm form, BindingResult result, Actor actor,
			RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			FormRejections.refuseUnreadable(result);
			sessions.change(actor, event, id, form.layout());
			redirect.addFlashAttribute("notice", "matching.schedule.notice.session-changed");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("sessionProblem", text(e));
			redirect.addFlashAttribute("problemSession", id);
		}
		return back(event);
	}

	@PostMapping("/admin/events/{code}/matching/sessions/{id}/remove")
	String remove(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			sessions.remove(actor, event, id);
			redirect.addFlashAttribute("notice", "matching.schedule.notice.session-removed");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("sessionProblem", text(e));
			redirect.addFlashAttribute("problemSession", id);
		}
		return back(event);
	}

	@PostMapping("/admin/events/{code}/matching/schedule")
	String build(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			schedule.schedule(actor, event);
			redirect.addFlashAttribute("notice", "matching.schedule.notice.scheduled");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", text(e));
		}
		return back(event);
	}

	@PostMapping("/admin/events/{code}/matching/meetings/{id}/lock")
	String lock(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return lock(code, id, true, actor, redirect);
	}

	@PostMapping("/admin/events/{code}/matching/meetings/{id}/unlock")
	String unlock(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return lock(code, id, false, actor, redirect);
	}

	private String lock(String code, long id, boolean lock, Actor actor, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			schedule.lock(actor, event, new MeetingId(id), lock);
			redirect.addFlashAttribute("notice",
					lock ? "matching.schedule.notice.locked" : "matching.schedule.notice.unlocked");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", text(e));
		}
		return back(event);
	}

	private String page(EventCode event, Actor actor, ScheduleSessionForm form, Model model) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		model.addAttribute("event", participants.event(event));
		model.addAttribute("sessionForm", form);
		model.addAttribute("sessions", sessions.list(event));
		Map<Long, SessionView> eventSessions = sessions.eventSessions(event).stream()
			.collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
		model.addAttribute("eventSessions", eventSessions.values().stream()
			.sorted(java.util.Comparator.comparing(SessionView::startsAt)).toList());
		model.addAttribute("sessionTitles", eventSessions.values().stream()
			.collect(Collectors.toMap(s -> s.id().value(), s -> s.title(english))));
		schedule.latest(actor, event).ifPresent(latest -> {
			model.addAttribute("latest", latest);
			model.addAttribute("run", latest.run());
		});
		model.addAttribute("meetings", schedule.meetings(actor, event));
		return "matching/schedule-admin";
	}

	private static String back(EventCode event) {
		return "redirect:/admin/events/" + event + "/matching/schedule";
	}

	/** A refusal in words, each field named by its label on this page. */
	private String text(DomainException e) {
		var locale = LocaleContextHolder.getLocale();
		if (e instanceof InvalidInputException invalid) {
			return invalid.violations().stream()
				.map(v -> messages.getMessage("matching.schedule.field." + v.field(), null, v.field(), locale) + ": "
						+ messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale))
				.collect(Collectors.joining("; "));
		}
		return messages.getMessage(e.messageKey(), Arrays.copyOf(e.arguments(), e.arguments().length),
				e.messageKey(), locale);
	}
}
