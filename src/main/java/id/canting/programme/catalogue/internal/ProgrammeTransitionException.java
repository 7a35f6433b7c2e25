package id.canting.programme.catalogue.internal;

import id.canting.shared.CodeLabel;
import id.canting.programme.catalogue.ProgrammeStatus;
import id.canting.shared.ConflictException;

/** The programme's current status does not allow this step (HTTP 409), e.g. publishing a closed programme. */
public class ProgrammeTransitionException extends ConflictException {

	public ProgrammeTransitionException(String action, ProgrammeStatus current) {
		super("programme.transition." + action, CodeLabel.of("programme.status.", current));
	}
}
