package id.canting.programme.participation.internal;

import id.canting.shared.NotFoundException;

/** The programme has no participant with this id, or none the reader may see. */
public class ParticipantNotFoundException extends NotFoundException {

	public ParticipantNotFoundException(String programmeCode, long id) {
		super("participant.not-found", id, programmeCode);
	}
}
