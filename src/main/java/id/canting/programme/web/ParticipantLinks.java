package id.canting.programme.web;

import org.springframework.stereotype.Component;

import id.canting.programme.ParticipantRules;
import id.canting.programme.ProgrammeType;

/**
 * Whether a programme's page links to its participants, for templates as
 * {@code ${@participantLinks.shown(programme.type)}}: only programmes that gather people have them.
 */
@Component("participantLinks")
public class ParticipantLinks {

	public boolean shown(String programmeType) {
		return ParticipantRules.gathersPeople(ProgrammeType.valueOf(programmeType));
	}
}
