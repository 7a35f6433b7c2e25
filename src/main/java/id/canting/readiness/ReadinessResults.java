package id.canting.readiness;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import id.canting.registry.IkmId;

/**
 * Verified readiness results for other modules (programme eligibility, sentra development). Only
 * verified assessments count; a submitted or draft one is not a result. Not scoped to a person: the
 * caller has already decided who may see what it shows.
 */
public interface ReadinessResults {

	/** The IKM's latest verified result (highest year), or empty when it has none. */
	Optional<ReadinessResult> latestVerified(IkmId ikm);

	/** The latest verified result of each of these IKM that has one. */
	Map<IkmId, ReadinessResult> latestVerified(Collection<IkmId> ikms);
}
