package id.canting.registry;

import id.canting.shared.NotFoundException;

/** The IKM has no proposed change with the id asked for. */
public class IkmChangeNotFoundException extends NotFoundException {

	IkmChangeNotFoundException(IkmId ikm, IkmChangeId change) {
		super("ikm.change.not-found", change.value(), ikm.value());
	}
}
