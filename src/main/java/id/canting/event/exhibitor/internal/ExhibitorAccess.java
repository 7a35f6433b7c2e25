package id.canting.event.exhibitor.internal;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/** Who may do what with exhibitor applications: owners their IKM's, officers their province's, admins all. */
final class ExhibitorAccess {

	private ExhibitorAccess() {
	}

	static void requireRead(Actor actor, ExhibitorApplication application) {
		if (!(actor.isAdmin() || actor.isOfficerOf(application.provinceCode()) || actor.ownsIkm(application.ikmId()))) {
			throw new ForbiddenException("exhibitor.forbidden.read");
		}
	}

	static void requireOwner(Actor actor, long ikmId) {
		if (!actor.ownsIkm(ikmId)) {
			throw new ForbiddenException("exhibitor.forbidden.owner");
		}
	}

	static void requireOfficerOf(Actor actor, String provinceCode) {
		if (!(actor.isAdmin() || actor.isOfficerOf(provinceCode))) {
			throw new ForbiddenException("exhibitor.forbidden.officer");
		}
	}

	static void requireCurator(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("exhibitor.forbidden.curator");
		}
	}

	static void requireStaff(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == id.canting.shared.Role.OFFICER)) {
			throw new ForbiddenException("exhibitor.forbidden.read");
		}
	}
}
