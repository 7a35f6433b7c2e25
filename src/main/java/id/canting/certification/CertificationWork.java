package id.canting.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.canting.shared.Actor;

/**
 * What waits in Batikmark certification for the person who signed in, for their home page. An
 * interface at the certification root because the answers (and the service-level rule with its
 * working days and holidays) live in {@code certification.batikmark}, which exposes no type;
 * batikmark implements it.
 */
public interface CertificationWork {

	/**
	 * The certification body's queue: applications not yet decided, oldest first, each with its
	 * service-level clock.
	 *
	 * @throws id.canting.shared.ForbiddenException for anyone but an assessor or an admin
	 */
	List<ApplicationLine> queue(Actor actor);

	/** An owner's applications for their IKM, undecided first; empty for anyone else. */
	List<ApplicationLine> applicationsOf(Actor owner);

	/** The certificates of an owner's IKM, newest first; empty for anyone else. */
	List<CertificateLine> certificatesOf(Actor owner);

	/**
	 * One application's IKM and brand, for the messages that tell the applicant of its status (the
	 * notification module); empty for an unknown id. Not scoped to a person: only the system asks.
	 */
	Optional<ApplicationSubject> application(long applicationId);

	/** A Batikmark application's IKM and the brand it certifies. */
	record ApplicationSubject(long id, long ikmId, String ikmName, String brand, CertificationStatus status) {
	}

	/**
	 * One application with its service-level clock: working days since payment (null before payment)
	 * against the limit. {@code overdue} is set only while the decision is pending: a decided
	 * application is finished, however long it took.
	 */
	record ApplicationLine(long id, long ikmId, String ikmName, String brand, CertificationStatus status,
			LocalDate receivedOn, Integer workingDays, int limitDays, boolean overdue) {
	}

	/** A certificate as its holder follows it; {@code status} is ACTIVE, SUSPENDED, REVOKED or EXPIRED. */
	record CertificateLine(String number, String brand, String ikmName, String status, LocalDate validUntil) {
	}
}
