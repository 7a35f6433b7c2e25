package id.canting.matching.internal.agenda;

import java.util.List;

import id.canting.event.EventView;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;

/**
 * A participant's agenda at an event: the placed meetings in the order they happen, and the accepted
 * meetings the schedule has not (yet) placed. Cancelled meetings are not on it.
 *
 * @param provinceCode the participant's province (a seller's IKM province), which an officer's reading is scoped by
 */
public record Agenda(EventView event, MatchingParticipantId participantId, ParticipantSide side, String companyName,
		String provinceCode, List<AgendaMeeting> meetings, List<AgendaMeeting> unplaced) {

	public Agenda {
		meetings = List.copyOf(meetings);
		unplaced = List.copyOf(unplaced);
	}
}
