package id.canting.registry.internal;

import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Who may do what with semester reports. The IKM's owner files, corrects and sends its reports, and
 * so may an officer of its province on its behalf (many small units report through the office);
 * only the office (officers of the province) or an admin accepts or returns one. Checked in the
 * facades, so pages and the API obey the same rules.
 */
public final class ReportAccess {

	private ReportAccess() {
	}

	/** Read, file, correct or send the IKM's reports: its owner, an officer of its province, an admin. */
	public static void requireOwnerOrOffice(Actor actor, String provinceCode, long ikmId) {
		if (!mayFile(actor, provinceCode, ikmId)) {
			throw new ForbiddenException("report.forbidden.ikm");
		}
	}

	/** Accept or return a report: an officer of the IKM's province or an admin. */
	public static void requireOffice(Actor actor, String provinceCode) {
		if (!mayDecide(actor, provinceCode)) {
			throw new ForbiddenException("report.forbidden.decide", provinceCode);
		}
	}

	public static boolean mayFile(Actor actor, String provinceCode, long ikmId) {
		return mayDecide(actor, provinceCode) || actor.ownsIkm(ikmId);
	}

	public static boolean mayDecide(Actor actor, String provinceCode) {
		return actor.isAdmin() || actor.isOfficerOf(provinceCode);
	}

	/**
	 * The province a review queue or compliance overview is limited to: an officer's own (asking for
	 * another is refused), an admin's choice ({@code null}: all). Others do not review reports.
	 */
	static String reviewProvince(Actor actor, String requested) {
		return RegistryAccess.reviewProvince(actor, requested, "report.forbidden.decide", "report.forbidden.review");
	}
}
