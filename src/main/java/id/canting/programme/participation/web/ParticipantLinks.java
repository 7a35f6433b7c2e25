package id.canting.programme.participation.web;

import org.springframework.stereotype.Component;

import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.participation.internal.ParticipantRules;

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
