package id.canting.programme.participation.internal;

import id.canting.shared.NotFoundException;

/** The programme has no session with this number. */
public class SessionNotFoundException extends NotFoundException {

	public SessionNotFoundException(String programmeCode, int number) {
		super("session.not-found", number, programmeCode);
	}
}
