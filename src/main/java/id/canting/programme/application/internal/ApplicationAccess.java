package id.canting.programme.application.internal;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationStatus;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Who may do what with applications. An IKM's application is the owner's (or an officer of its
 * province, who may apply on its behalf); a sentra's is the provincial office's. The officer of the
 * applicant's province verifies; ministry staff (ADMIN) decide, record the realisation and close,
 * and may do everything else.
 */
public final class ApplicationAccess {

	private ApplicationAccess() {
	}

	/** May see the application: its applicant, the officer of its province, ministry staff. */
	public static boolean maySee(Actor actor, Application application) {
		return actor.isAdmin() || actor.isOfficerOf(application.provinceCode())
				|| (application.ikmId() != null && actor.ownsIkm(application.ikmId()));
	}

	/** May act as the applicant: prepare, submit, withdraw, attach documents. */
	public static void requireApplicant(Actor actor, Applicant applicant) {
		boolean owner = applicant.ikmId() != null && actor.ownsIkm(applicant.ikmId());
		if (!(owner || actor.isAdmin() || actor.isOfficerOf(applicant.provinceCode()))) {
			throw new ForbiddenException("programme.application.forbidden.apply");
		}
	}

	public static void requireApplicant(Actor actor, Application application) {
		requireApplicant(actor, new Applicant(application.applicantType(), application.ikmId(),
				application.sentraId(), application.provinceCode(), application.applicantName()));
	}

	/** The officer of the applicant's province (or ministry staff) verifies. */
	public static void requireVerifier(Actor actor, Application application) {
		if (!(actor.isAdmin() || actor.isOfficerOf(application.provinceCode()))) {
			throw new ForbiddenException("programme.application.forbidden.verify");
		}
	}

	/**
	 * Who may return an application for correction: whoever acts on it at its stage, the verifier
	 * before verification, ministry staff after.
	 */
	public static void requireReturner(Actor actor, Application application) {
		if (application.status() == ApplicationStatus.VERIFIED) {
			requireDecider(actor);
		}
		else {
			requireVerifier(actor, application);
		}
	}

	/** Ministry staff decide, realise and close. */
	public static void requireDecider(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("programme.application.forbidden.decide");
		}
	}
}
