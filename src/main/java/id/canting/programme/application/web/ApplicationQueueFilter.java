package id.canting.programme.application.web;

import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.application.internal.ApplicationFilter;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * The queue page's filter, read the same way by the page and its download: with no status asked for,
 * each role's work (an officer's submitted applications, the ministry's verified ones, an owner's
 * own); an empty status is every status; the province filter is the admin's only.
 */
final class ApplicationQueueFilter {

	private ApplicationQueueFilter() {
	}

	static ApplicationFilter of(String programme, String status, String province, Integer year, String type,
			Actor actor) {
		return ApplicationFilter.of(programme, status == null ? defaultStatus(actor) : status,
				actor.isAdmin() ? province : null, null, null, year, type);
	}

	private static String defaultStatus(Actor actor) {
		if (actor.isAdmin()) {
			return ApplicationStatus.VERIFIED.name();
		}
		return actor.role() == Role.OFFICER ? ApplicationStatus.SUBMITTED.name() : null;
	}
}
