package id.canting.programme.application.internal;

import id.canting.shared.NotFoundException;

/** No application with this id, or none the caller may see (HTTP 404). */
public class ApplicationNotFoundException extends NotFoundException {

	public ApplicationNotFoundException(long id) {
		super("programme.application.not-found", id);
	}
}
