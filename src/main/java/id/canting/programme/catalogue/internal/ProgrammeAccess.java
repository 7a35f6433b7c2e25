package id.canting.programme.catalogue.internal;

import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeStatus;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/** Who may do what with programmes: everyone reads published and closed ones; ministry staff (ADMIN) prepare and change them. */
public final class ProgrammeAccess {

	private ProgrammeAccess() {
	}

	public static void requireAdmin(Actor actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("programme.forbidden.change");
		}
	}

	/** Drafts are work in progress of ministry staff; to everyone else they do not exist. */
	public static boolean maySee(Actor actor, Programme programme) {
		return programme.status() != ProgrammeStatus.DRAFT || (actor != null && actor.isAdmin());
	}
}
