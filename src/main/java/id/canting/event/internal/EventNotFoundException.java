package id.canting.event.internal;

import id.canting.shared.NotFoundException;

/** No event with this code, or none the asker may see (HTTP 404). */
public class EventNotFoundException extends NotFoundException {

	public EventNotFoundException(String code) {
		super("event.not-found", code);
	}
}
