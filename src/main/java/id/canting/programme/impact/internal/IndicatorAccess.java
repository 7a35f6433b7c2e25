package id.canting.programme.impact.internal;

import id.canting.programme.application.Application;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * Who may record a beneficiary's indicators: the officer of the beneficiary's province, who measures
 * on site, and ministry staff (ADMIN). Everyone who may see the application (its applicant too) reads
 * them.
 */
final class IndicatorAccess {

	private IndicatorAccess() {
	}

	/** Refuses a role that never records indicators, before anything is looked up. */
	static void requireRecordingRole(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == Role.OFFICER)) {
			throw new ForbiddenException("programme.indicator.forbidden.record");
		}
	}

	static boolean mayRecord(Actor actor, Application application) {
		return actor.isAdmin() || actor.isOfficerOf(application.provinceCode());
	}

	static void requireRecorder(Actor actor, Application application) {
		if (!mayRecord(actor, application)) {
			throw new ForbiddenException("programme.indicator.forbidden.record");
		}
	}
}
