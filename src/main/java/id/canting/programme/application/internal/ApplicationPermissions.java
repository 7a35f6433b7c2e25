package id.canting.programme.application.internal;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.ApplicationStatus;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * What the actor may do with one application now, by the same rules the steps of
 * {@link ApplicationManagement} enforce, so pages offer only the steps that will be accepted:
 * the applicant edits, submits and withdraws; the officer of the province verifies or returns for
 * correction; ministry staff approve, reject, return, record the realisation and close.
 */
public record ApplicationPermissions(boolean edit, boolean submit, boolean withdraw, boolean verify, boolean approve,
		boolean reject, boolean realise, boolean close, boolean returnForCorrection) {

	/** The steps open to the actor from the application's current status. */
	public static ApplicationPermissions of(Actor actor, Application application) {
		boolean applicant = allowed(() -> ApplicationAccess.requireApplicant(actor, application));
		boolean verifier = allowed(() -> ApplicationAccess.requireVerifier(actor, application));
		boolean decider = allowed(() -> ApplicationAccess.requireDecider(actor));
		ApplicationStatus status = application.status();
		boolean editable = status.isEditable();
		boolean returner = status.isReturnable()
				&& allowed(() -> ApplicationAccess.requireReturner(actor, application));
		return new ApplicationPermissions(applicant && editable, applicant && editable,
				applicant && status.isWithdrawable(), verifier && status == ApplicationStatus.SUBMITTED,
				decider && status == ApplicationStatus.VERIFIED,
				decider && (status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.VERIFIED),
				decider && status == ApplicationStatus.APPROVED, decider && status == ApplicationStatus.REALISED,
				returner);
	}

	/**
	 * Whether the actor may open an application of a list (history rows show benefits to everyone):
	 * the rule of {@code ApplicationAccess.maySee}, on the fields a list row carries.
	 */
	public static boolean mayOpen(Actor actor, ApplicationSummary application) {
		return actor.isAdmin() || actor.isOfficerOf(application.provinceCode())
				|| (application.ikmId() != null && actor.ownsIkm(application.ikmId()));
	}

	/** Whether any step is open, so a page can leave out the whole actions block. */
	public boolean any() {
		return edit || submit || withdraw || verify || approve || reject || realise || close || returnForCorrection;
	}

	private static boolean allowed(Runnable check) {
		try {
			check.run();
			return true;
		}
		catch (ForbiddenException e) {
			return false;
		}
	}
}
