package id.canting.event.internal;

import id.canting.shared.NotFoundException;

/** No session with this id in this event (HTTP 404). */
public class SessionNotFoundException extends NotFoundException {

	public SessionNotFoundException(long id) {
		super("event.session.not-found", id);
	}
}
