package id.canting.programme.participation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.web.ProgrammeResponse;
import id.canting.programme.participation.internal.AttendanceRule;
import id.canting.programme.participation.internal.Participant;
import id.canting.programme.participation.internal.ProgrammeParticipants;
import id.canting.programme.participation.internal.ProgrammeSession;
import id.canting.programme.participation.internal.ProgrammeSessions;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.web.FormRejections;

/**
 * The model of a programme's participants page and of one row of its attendance grid, shared by the
 * page and the forms that show it again with their errors.
 */
@Component
class ParticipantViews {

	static final int PAGE_SIZE = 50;
	static final String PAGE = "programme/participants";
	static final String ROW = "programme/participant-fragments :: row";

	private final ProgrammeManagement programmes;
	private final ProgrammeSessions sessions;
	private final ProgrammeParticipants participants;

	ParticipantViews(ProgrammeManagement programmes, ProgrammeSessions sessions, ProgrammeParticipants participants) {
		this.programmes = programmes;
		this.sessions = sessions;
		this.participants = participants;
	}

	/** Fills the page's model; a form already in the model (with its errors) stays as it is. */
	void page(Model model, Actor actor, String code, Integer page) {
		List<ProgrammeSession> all = sessions.sessions(actor, code);
		Programme programme = programmes.programme(actor, code);
		LocalDate today = participants.today();
		PageRequest request = PageRequest.of(page, PAGE_SIZE, null, Set.of(), "number");
		model.addAttribute("programme", ProgrammeResponse.of(programme, today));
		model.addAttribute("sessions", all.stream().map(s -> SessionResponse.of(s, today)).toList());
		model.addAttribute("results", participants.participants(actor, code, request)
			.map(p -> row(actor, p, all, today, programme.code())));
		int held = (int) all.stream().filter(s -> s.isHeldBy(today)).count();
		model.addAttribute("held", held);
		model.addAttribute("required", AttendanceRule.required(held));
		model.addAttribute("percent", AttendanceRule.PERCENT);
		model.addAttribute("canManageSessions", actor.isAdmin());
		model.addAttribute("canEnrol", participants.mayEnrol(actor));
		if (!model.containsAttribute("participantForm")) {
			model.addAttribute("participantForm", new ParticipantForm());
		}
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm());
		}
	}

	/** One row of the attendance grid, as htmx swaps it in after a change. */
	void row(Model model, Actor actor, String code, Participant participant) {
		List<ProgrammeSession> all = sessions.sessions(actor, code);
		Programme programme = programmes.programme(actor, code);
		LocalDate today = participants.today();
		model.addAttribute("programme", ProgrammeResponse.of(programme, today));
		model.addAttribute("row", row(actor, participant, all, today, programme.code()));
	}

	private ParticipantRow row(Actor actor, Participant participant, List<ProgrammeSession> all, LocalDate today,
			String code) {
		return new ParticipantRow(ParticipantResponse.of(participant, all, today, code),
				participants.mayManage(actor, participant));
	}

	/**
	 * Saves a form, or puts every problem next to its field: when binding already failed the field
	 * rules still run on the rest, so the user sees all problems at once.
	 *
	 * @return whether it was saved
	 */
	static boolean saved(BindingResult result, Runnable fieldRules, Runnable save) {
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, fieldRules);
			return false;
		}
		try {
			save.run();
			return true;
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (ConflictException e) {
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
		return false;
	}

	/** A participant with whether the reader may change their attendance and remove them. */
	record ParticipantRow(ParticipantResponse participant, boolean canManage) {
	}
}
