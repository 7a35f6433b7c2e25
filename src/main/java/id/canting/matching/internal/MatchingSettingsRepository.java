package id.canting.matching.internal;

import org.springframework.data.repository.ListCrudRepository;

/** The organisers' settings, one row per event (none: defaults). */
public interface MatchingSettingsRepository extends ListCrudRepository<MatchingSettings, String> {

	/** The event's settings, or the defaults when the organiser never changed them. */
	default MatchingSettings forEvent(String eventCode) {
		return findById(eventCode).orElseGet(() -> MatchingSettings.defaults(eventCode));
	}
}
