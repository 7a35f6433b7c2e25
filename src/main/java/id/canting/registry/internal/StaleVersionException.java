package id.canting.registry.internal;

import id.canting.shared.ConflictException;

/** Someone else saved the record after the client read it; the client must reload and redo its edit. */
public class StaleVersionException extends ConflictException {

	public StaleVersionException(int sent, int current) {
		super("problem.stale-version-detail", sent, current);
	}
}
