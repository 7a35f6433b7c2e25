package id.canting.matching.internal;

import id.canting.matching.ParticipantSide;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * Who may do what with a participant: the organiser (ADMIN) everything; the participant themself (a
 * buyer by their account, a seller by an owner of the IKM) their own; an officer reads the sellers of
 * their province. Other rooms of the module use the same answers.
 */
public final class MatchingAccess {

	private MatchingAccess() {
	}

	/** Whether the actor is this participant: the buyer's account, or an owner of the seller's IKM. */
	public static boolean isSelf(Actor actor, MatchingParticipant p) {
		if (actor.isAnonymous()) {
			return false;
		}
		if (p.side() == ParticipantSide.BUYER) {
			return actor.role() == Role.BUYER && actor.username().equals(p.accountUsername());
		}
		return p.ikmId() != null && actor.ownsIkm(p.ikmId());
	}

	/** The participant themself or the organiser. */
	public static boolean mayAct(Actor actor, MatchingParticipant p) {
		return actor.isAdmin() || isSelf(actor, p);
	}

	/** The participant, the organiser, or (read-only) an officer of the seller's province. */
	public static boolean mayRead(Actor actor, MatchingParticipant p) {
		return mayAct(actor, p) || (p.side() == ParticipantSide.SELLER && actor.isOfficerOf(p.provinceCode()));
	}

	/** @throws ForbiddenException unless {@link #mayAct} */
	public static void requireAct(Actor actor, MatchingParticipant p) {
		if (!mayAct(actor, p)) {
			throw new ForbiddenException("matching.core.forbidden.participant");
		}
	}

	/** @throws ForbiddenException unless {@link #mayRead} */
	public static void requireRead(Actor actor, MatchingParticipant p) {
		if (!mayRead(actor, p)) {
			throw new ForbiddenException("matching.core.forbidden.participant");
		}
	}

	/** @throws ForbiddenException unless the actor organises (ADMIN) */
	public static void requireOrganiser(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("matching.core.forbidden.organiser");
		}
	}
}
