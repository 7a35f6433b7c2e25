package id.canting.programme;

import java.util.List;

/**
 * What happened to one application of a batch: done (with its new status), or refused with the
 * reason as a message key and arguments, exactly as the single step would have refused it.
 */
public record BatchOutcome(long applicationId, boolean done, ApplicationStatus status, String messageKey,
		List<Object> arguments) {

	static BatchOutcome done(Application application) {
		return new BatchOutcome(application.id().value(), true, application.status(), null, List.of());
	}

	static BatchOutcome refused(long id, String messageKey, Object... arguments) {
		return new BatchOutcome(id, false, null, messageKey, List.of(arguments));
	}
}
