package id.canting.certification.batikmark.internal;

import id.canting.shared.NotFoundException;

/** No certification application with this id that the caller may see (HTTP 404). */
public class CertificationApplicationNotFoundException extends NotFoundException {

	public CertificationApplicationNotFoundException(long id) {
		super("certification.application.not-found", id);
	}
}
