package id.canting.readiness.internal;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Who may do what with an IKM's assessments: its owner, the officer of its province and admins read
 * and fill them (the officer and the admin with the owner); only the officer of its province or an
 * admin verifies or returns one.
 */
public final class ReadinessAccess {

	private ReadinessAccess() {
	}

	public static boolean mayRead(Actor actor, long ikmId, String provinceCode) {
		return actor.isAdmin() || actor.isOfficerOf(provinceCode) || actor.ownsIkm(ikmId);
	}

	public static boolean mayVerify(Actor actor, String provinceCode) {
		return actor.isAdmin() || actor.isOfficerOf(provinceCode);
	}

	static void requireRead(Actor actor, long ikmId, String provinceCode) {
		if (!mayRead(actor, ikmId, provinceCode)) {
			throw new ForbiddenException("readiness.forbidden.read");
		}
	}

	static void requireVerify(Actor actor, String provinceCode) {
		if (!mayVerify(actor, provinceCode)) {
			throw new ForbiddenException("readiness.forbidden.verify", provinceCode);
		}
	}
}
