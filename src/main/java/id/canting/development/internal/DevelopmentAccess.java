package id.canting.development.internal;

import id.canting.registry.Sentra;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * Who may see and change a sentra's development: officers (any province, to compare and plan) and
 * admins read; only an officer of the sentra's province or an admin changes it; only admins change the
 * score's weights. The public sees none of it (needs and facility conditions are working notes of the
 * offices, not published figures).
 */
final class DevelopmentAccess {

	private DevelopmentAccess() {
	}

	static void checkRead(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == Role.OFFICER)) {
			throw new ForbiddenException("development.forbidden.read");
		}
	}

	static void checkWrite(Actor actor, Sentra sentra) {
		if (!canWrite(actor, sentra)) {
			throw new ForbiddenException("development.forbidden.write", sentra.name());
		}
	}

	static boolean canWrite(Actor actor, Sentra sentra) {
		return actor.isAdmin() || actor.isOfficerOf(sentra.provinceCode());
	}

	static void checkAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("development.forbidden.weights");
		}
	}
}
