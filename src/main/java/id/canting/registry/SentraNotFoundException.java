package id.canting.registry;

import id.canting.shared.NotFoundException;

/** No sentra has the id asked for. */
public class SentraNotFoundException extends NotFoundException {

	SentraNotFoundException(SentraId id) {
		super("sentra.not-found", id.value());
	}
}
