package id.canting.registry;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Who may see and change which registry records. Officers act in their own province; owners read
 * and edit their own IKM's descriptive fields; administrators act everywhere. Assessors, buyers and
 * the public see only the public catalogue. Checked in the facades, so pages and the API obey the
 * same rules.
 */
final class RegistryAccess {

	private RegistryAccess() {
	}

	/** Read an IKM with its personal fields (owner, phone, email, NIB). */
	static void requireRead(Actor actor, String provinceCode, long ikmId) {
		if (!(actor.isAdmin() || actor.isOfficerOf(provinceCode) || actor.ownsIkm(ikmId))) {
			throw new ForbiddenException("registry.forbidden.read");
		}
	}

	/** Register a new IKM or sentra, or verify, deactivate, reactivate one: officers of the province and admins. */
	static void requireOfficerOf(Actor actor, String provinceCode) {
		if (!(actor.isAdmin() || actor.isOfficerOf(provinceCode))) {
			throw new ForbiddenException("registry.forbidden.province", provinceCode);
		}
	}

	/**
	 * Edit an IKM: officers of its province (before and after a move), admins, and its owner, who may
	 * not change its kind (whether it is a prison unit or cooperative is for officers to state).
	 */
	static void requireEdit(Actor actor, Ikm ikm, IkmDetails changed) {
		if (actor.ownsIkm(ikm.id().value())) {
			if (changed.kind() != ikm.kind()) {
				throw new ForbiddenException("registry.forbidden.owner-kind");
			}
			return;
		}
		requireOfficerOf(actor, ikm.provinceCode());
		requireOfficerOf(actor, changed.regencyCode().substring(0, 2));
	}

	/** Lists of IKM with personal fields: admins, officers (their province) and owners (their IKM). */
	static void requireRegistryList(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == id.canting.shared.Role.OFFICER
				|| actor.role() == id.canting.shared.Role.IKM_OWNER)) {
			throw new ForbiddenException("registry.forbidden.list");
		}
	}
}
