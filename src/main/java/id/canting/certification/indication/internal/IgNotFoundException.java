package id.canting.certification.indication.internal;

import id.canting.shared.NotFoundException;

/** No geographical indication has this slug or id. */
public class IgNotFoundException extends NotFoundException {

	public IgNotFoundException(String key) {
		super("ig.not-found", key);
	}
}
