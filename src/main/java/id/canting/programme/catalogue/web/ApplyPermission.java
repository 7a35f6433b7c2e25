package id.canting.programme.catalogue.web;

import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Who may be offered the application form of a call, shared by the programme page (which shows the
 * "apply" button) and the form itself (which refuses everyone else), so both answer alike.
 */
public final class ApplyPermission {

	private ApplyPermission() {
	}

	/** The owner (IKM calls only), officers of a province and ministry staff. */
	public static boolean mayApply(Actor actor, ProgrammeTarget target) {
		return actor.isAdmin() || actor.role() == Role.OFFICER && actor.provinceCode() != null
				|| actor.role() == Role.IKM_OWNER && !actor.ikmIds().isEmpty() && target == ProgrammeTarget.IKM;
	}
}
