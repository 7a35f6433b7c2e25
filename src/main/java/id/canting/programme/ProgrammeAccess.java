package id.canting.programme;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/** Who may do what with programmes: everyone reads published and closed ones; ministry staff (ADMIN) prepare and change them. */
final class ProgrammeAccess {

	private ProgrammeAccess() {
	}

	static void requireAdmin(Actor actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("programme.forbidden.change");
		}
	}

	/** Drafts are work in progress of ministry staff; to everyone else they do not exist. */
	static boolean maySee(Actor actor, Programme programme) {
		return programme.status() != ProgrammeStatus.DRAFT || (actor != null && actor.isAdmin());
	}
}
