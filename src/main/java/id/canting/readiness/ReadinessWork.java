package id.canting.readiness;

import java.util.List;

import id.canting.registry.IkmId;
import id.canting.shared.Actor;

/**
 * What waits in readiness for the person who signed in, for their home page: the assessments an
 * officer (their province) or an admin (everywhere) has to verify, and each of an owner's IKM with
 * this year's assessment, or none yet.
 */
public interface ReadinessWork {

	/** Submitted assessments waiting for verification in the officer's province (all for an admin); 0 for others. */
	long toVerify(Actor actor);

	/** Each IKM of the owner with its assessment of {@code year}; empty for anyone else. */
	List<OwnerAssessment> assessmentsOf(Actor owner, int year);

	/**
	 * @param status the assessment's status name (DRAFT, SUBMITTED, VERIFIED), null when none exists yet
	 */
	record OwnerAssessment(IkmId ikm, int year, String status) {
	}
}
