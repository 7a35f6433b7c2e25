package id.canting.matching.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.agenda.Agenda;
import id.canting.matching.internal.agenda.Agendas;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;

/**
 * A participant's agenda page {@code /events/{code}/matching/agenda} (their own, or {@code ?participant=}
 * for organisers and officers) with its PDF and calendar (ICS) downloads; a phone shows each meeting
 * as a card.
 */
@Controller
class AgendaPageController {

	private final Agendas agendas;
	private final AgendaFiles files;

	AgendaPageController(Agendas agendas, AgendaFiles files) {
		this.agendas = agendas;
		this.files = files;
	}

	@GetMapping("/events/{code}/matching/agenda")
	String page(@PathVariable String code, @RequestParam(required = false) Long participant, Actor actor, Model model) {
		EventCode eventCode = EventCode.of(code);
		Agenda agenda = participant != null
				? agendas.of(actor, eventCode, new MatchingParticipantId(participant))
				: agendas.own(actor, eventCode).orElse(null);
		model.addAttribute("agenda", agenda);
		model.addAttribute("code", eventCode.value());
		model.addAttribute("participant", agenda == null ? null : agenda.participantId().value());
		// the held / no-show buttons are for the participant themself (an organiser marks at the desk, naming the side)
		model.addAttribute("ownAgenda", agenda != null && (participant == null || agendas.own(actor, eventCode)
			.map(own -> own.participantId().equals(agenda.participantId())).orElse(false)));
		model.addAttribute("marks", Meeting.Check.values());
		return "matching/agenda-page";
	}

	@GetMapping("/events/{code}/matching/agenda.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) Long participant,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		return files.pdf(files.agenda(actor, code, participant), DocumentLanguage.of(lang, locale));
	}

	@GetMapping("/events/{code}/matching/agenda.ics")
	ResponseEntity<byte[]> ics(@PathVariable String code, @RequestParam(required = false) Long participant,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		return files.ics(files.agenda(actor, code, participant), DocumentLanguage.of(lang, locale));
	}
}
