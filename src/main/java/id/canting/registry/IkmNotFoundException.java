package id.canting.registry;

import id.canting.shared.NotFoundException;

/** No IKM has the id asked for. */
public class IkmNotFoundException extends NotFoundException {

	public IkmNotFoundException(IkmId id) {
		super("ikm.not-found", id.value());
	}
}
