package id.canting.registry.internal;

import id.canting.registry.IkmChangeId;
import id.canting.registry.IkmId;
import id.canting.shared.NotFoundException;

/** The IKM has no proposed change with the id asked for. */
public class IkmChangeNotFoundException extends NotFoundException {

	public IkmChangeNotFoundException(IkmId ikm, IkmChangeId change) {
		super("ikm.change.not-found", change.value(), ikm.value());
	}
}
