package id.canting.matching.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.internal.MatchingAccess;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.schedule.Availability;
import id.canting.matching.internal.schedule.ScheduleSessions;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * A participant's unavailable slots {@code /events/{code}/matching/unavailability}: a checkbox per slot,
 * grouped by session, saved through {@link Availability} as the API's {@code PUT} is. The participant
 * themself (their own participation when none is named) or the organiser with {@code ?participant=}; an
 * officer of a seller's province reads it without saving.
 */
@Controller
class ScheduleUnavailabilityPageController {

	/** One session's slots as the form shows them. */
	record SessionSlots(String title, List<Availability.SlotMark> slots) {
	}

	private final Availability availability;
	private final ScheduleSessions sessions;
	private final MatchingParticipants participants;
	private final MessageSource messages;

	ScheduleUnavailabilityPageController(Availability availability, ScheduleSessions sessions,
			MatchingParticipants participants, MessageSource messages) {
		this.availability = availability;
		this.sessions = sessions;
		this.participants = participants;
		this.messages = messages;
	}

	@GetMapping("/events/{code}/matching/unavailability")
	String page(@PathVariable String code, @RequestParam(required = false) Long participant, Actor actor,
			Model model) {
		EventCode event = EventCode.of(code);
		MatchingParticipant p = participant(actor, event, participant);
		List<Availability.SlotMark> marks = availability.of(actor, event, p.id());
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		Map<Long, String> titles = sessions.eventSessions(event).stream()
			.collect(Collectors.toMap(s -> s.id().value(), s -> s.title(english)));
		Map<Long, Long> sessionOfSlot = sessions.slots(event).stream()
			.collect(Collectors.toMap(MatchingSlot::id, MatchingSlot::sessionId));
		List<SessionSlots> groups = new ArrayList<>();
		for (MatchingSession s : sessions.list(event)) {
			List<Availability.SlotMark> own = marks.stream()
				.filter(m -> Long.valueOf(s.id()).equals(sessionOfSlot.get(m.slotId()))).toList();
			String title = titles.getOrDefault(s.eventSessionId().value(),
					messages.getMessage("matching.schedule.session.untitled", null, LocaleContextHolder.getLocale()));
			groups.add(new SessionSlots(title, own));
		}
		model.addAttribute("event", participants.event(event));
		model.addAttribute("participant", p);
		model.addAttribute("groups", groups);
		model.addAttribute("mayChange", MatchingAccess.mayAct(actor, p));
		return "matching/schedule-unavailability";
	}

	@PostMapping("/events/{code}/matching/unavailability")
	String save(@PathVariable String code, @RequestParam long participant,
			@RequestParam(name = "slots", required = false) List<Long> slots, Actor actor, RedirectAttributes redirect) {
		EventCode event = EventCode.of(code);
		try {
			Set<Long> chosen = slots == null ? Set.of() : new HashSet<>(slots);
			availability.mark(actor, event, new MatchingParticipantId(participant), chosen);
			redirect.addFlashAttribute("notice", "matching.schedule.notice.unavailability-saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.violations().stream()
				.map(v -> messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(),
						LocaleContextHolder.getLocale()))
				.collect(Collectors.joining("; ")));
		}
		catch (DomainException e) {
			if (e instanceof id.canting.shared.ForbiddenException forbidden) {
				throw forbidden;
			}
			redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/events/" + event + "/matching/unavailability?participant=" + participant;
	}

	private MatchingParticipant participant(Actor actor, EventCode event, Long id) {
		if (id != null) {
			MatchingParticipant p = participants.load(new MatchingParticipantId(id));
			if (!p.eventCode().equals(event.value())) {
				throw new NotFoundException("matching.schedule.participant.not-found", id);
			}
			return p;
		}
		return participants.mine(actor, event).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("matching.schedule.participant.none"));
	}

}
