package id.canting.matching.internal.agenda;

import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Who may read a participant's agenda: the participant themself (a buyer by their account, a seller
 * by an owner of the IKM or the account it was joined with), the organisers (ADMIN), and an officer of
 * a seller's province (reading only; a buyer's agenda is not theirs to see). Nobody else.
 */
final class AgendaAccess {

	private AgendaAccess() {
	}

	static boolean isOwn(Actor actor, MatchingParticipant participant) {
		if (actor.isAnonymous()) {
			return false;
		}
		boolean ownAccount = participant.accountUsername() != null
				&& participant.accountUsername().equals(actor.username());
		boolean ownIkm = participant.side() == ParticipantSide.SELLER && participant.ikmId() != null
				&& actor.ownsIkm(participant.ikmId());
		return ownAccount || ownIkm;
	}

	static void requireRead(Actor actor, MatchingParticipant participant) {
		boolean officer = participant.side() == ParticipantSide.SELLER && actor.isOfficerOf(participant.provinceCode());
		if (!(actor.isAdmin() || officer || isOwn(actor, participant))) {
			throw new ForbiddenException("matching.agenda.forbidden");
		}
	}
}
