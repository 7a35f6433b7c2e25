package id.canting.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.canting.shared.Actor;

/**
 * What waits in the programmes for the person who signed in, for their home page. An interface at
 * the programme root because the answers come from the rooms (applications, catalogue), which no
 * other top-level module may reach into; {@code programme.application} implements it. Statuses are
 * the names of the application room's {@code ApplicationStatus}.
 */
public interface ProgrammeWork {

	/**
	 * Applications waiting on the office: submitted ones to verify (in an officer's province, everywhere
	 * for an admin) and verified ones for the ministry to approve (admins only; zero for an officer).
	 *
	 * @throws id.canting.shared.ForbiddenException for anyone but an officer or an admin
	 */
	OfficeQueue officeQueue(Actor actor);

	/** An owner's applications for their IKM, latest first; empty for anyone else. */
	List<ApplicationLine> applicationsOf(Actor owner);

	/**
	 * The budget of each published or closed programme of the latest two programme years (a new year's
	 * calls have absorbed little yet) against what approvals committed and what was realised, latest
	 * year first (admins only).
	 *
	 * @throws id.canting.shared.ForbiddenException for anyone but an admin
	 */
	List<BudgetLine> budgets(Actor actor);

	/**
	 * One application's programme and applicant, for the messages that tell the applicant of its status
	 * (the notification module); empty for an unknown id. Not scoped to a person: only the system asks.
	 */
	Optional<ApplicationSubject> application(long applicationId);

	/** Counts of the office's programme applications to act on. */
	record OfficeQueue(long toVerify, long toApprove) {
	}

	/** One application as its applicant follows it: where it stands and since when. */
	record ApplicationLine(long id, String programmeCode, String programmeName, String applicantName, String status,
			Instant updatedAt) {
	}

	/** An application's programme and applicant; {@code ikmId} for an IKM's, {@code sentraId} for a sentra's. */
	record ApplicationSubject(long id, String programmeCode, String programmeName, Long ikmId, Long sentraId,
			String applicantName, String status) {
	}

	/** A programme's budget and how much of it approvals committed and realisations paid, in rupiah. */
	record BudgetLine(String code, String name, int year, long budgetIdr, long committedIdr, long realisedIdr) {
	}
}
