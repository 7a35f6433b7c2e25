package id.canting.programme.catalogue.internal;

import id.canting.shared.NotFoundException;

/** No programme has this code, or the reader may not see it (drafts are for ministry staff). */
public class ProgrammeNotFoundException extends NotFoundException {

	public ProgrammeNotFoundException(String code) {
		super("programme.not-found", code);
	}
}
