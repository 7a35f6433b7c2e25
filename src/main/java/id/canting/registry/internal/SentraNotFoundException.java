package id.canting.registry.internal;

import id.canting.registry.SentraId;
import id.canting.shared.NotFoundException;

/** No sentra has the id asked for. */
public class SentraNotFoundException extends NotFoundException {

	public SentraNotFoundException(SentraId id) {
		super("sentra.not-found", id.value());
	}
}
