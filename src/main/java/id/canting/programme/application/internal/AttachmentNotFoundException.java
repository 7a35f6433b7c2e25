package id.canting.programme.application.internal;

import id.canting.shared.NotFoundException;

/** No such document on this application (HTTP 404). */
public class AttachmentNotFoundException extends NotFoundException {

	public AttachmentNotFoundException(long id) {
		super("programme.attachment.not-found", id);
	}
}
