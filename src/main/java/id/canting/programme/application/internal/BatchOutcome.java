package id.canting.programme.application.internal;

import java.util.List;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationStatus;

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
