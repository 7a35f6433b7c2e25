package id.canting.programme.application.internal;

import id.canting.shared.CodeLabel;
import id.canting.programme.application.ApplicationStatus;
import id.canting.shared.ConflictException;

/** The application's current status does not allow this step (HTTP 409), e.g. approving a draft. */
public class ApplicationTransitionException extends ConflictException {

	public ApplicationTransitionException(String action, ApplicationStatus current) {
		super("programme.application.transition." + action, CodeLabel.of("programme.application.status.", current));
	}
}
