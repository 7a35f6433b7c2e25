package id.canting.imports;

import id.canting.shared.NotFoundException;

/** No import job with this id is visible to the actor. */
public class ImportJobNotFoundException extends NotFoundException {

	ImportJobNotFoundException(long id) {
		super("import.not-found", id);
	}
}
