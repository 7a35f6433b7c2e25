package id.canting.registry.internal;

import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Who may see and change which registry records. Officers act in their own province; owners read
 * their own IKM and edit its descriptive fields (their other changes wait for review, see
 * {@link IkmReviewPolicy}); administrators act everywhere. Assessors, buyers and the public see only
 * the public catalogue. Checked in the facades, so pages and the API obey the
 * same rules.
 */
public final class RegistryAccess {

	private RegistryAccess() {
	}

	/** Read an IKM with its personal fields (owner, phone, email, NIB). */
	public static void requireRead(Actor actor, String provinceCode, long ikmId) {
		if (!(actor.isAdmin() || actor.isOfficerOf(provinceCode) || actor.ownsIkm(ikmId))) {
			throw new ForbiddenException("registry.forbidden.read");
		}
	}

	/** Register a new IKM or sentra, or verify, deactivate, reactivate one: officers of the province and admins. */
	public static void requireOfficerOf(Actor actor, String provinceCode) {
		if (!(actor.isAdmin() || actor.isOfficerOf(provinceCode))) {
			throw new ForbiddenException("registry.forbidden.province", provinceCode);
		}
	}

	/**
	 * Edit an IKM directly: officers of its province (before and after a move) and admins. Its owner
	 * edits too, but only the descriptive fields apply at once; the rest waits for the office
	 * ({@link IkmReviewPolicy}), so this check is not the owner's.
	 */
	public static void requireEdit(Actor actor, Ikm ikm, IkmDetails changed) {
		requireOfficerOf(actor, ikm.provinceCode());
		requireOfficerOf(actor, changed.regencyCode().substring(0, 2));
	}

	/**
	 * The province a review queue is limited to: an officer's own (asking for another is refused with
	 * {@code otherProvince}), an admin's choice ({@code null}: all). Others do not review ({@code notReviewer}).
	 */
	public static String reviewProvince(Actor actor, String requested, String otherProvince, String notReviewer) {
		String province = requested == null || requested.isBlank() ? null : requested.strip();
		if (actor.isAdmin()) {
			return province;
		}
		if (actor.role() == id.canting.shared.Role.OFFICER) {
			if (province != null && !province.equals(actor.provinceCode())) {
				throw new ForbiddenException(otherProvince, province);
			}
			return actor.provinceCode();
		}
		throw new ForbiddenException(notReviewer);
	}

	/** Lists of IKM with personal fields: admins, officers (their province) and owners (their IKM). */
	static void requireRegistryList(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == id.canting.shared.Role.OFFICER
				|| actor.role() == id.canting.shared.Role.IKM_OWNER)) {
			throw new ForbiddenException("registry.forbidden.list");
		}
	}
}
