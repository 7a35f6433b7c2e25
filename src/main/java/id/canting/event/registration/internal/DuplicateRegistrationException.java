package id.canting.event.registration.internal;

import java.util.Map;

import id.canting.shared.ConflictException;

/** The same e-mail or phone already holds a registration (not cancelled) for the session: 409 naming the field. */
public class DuplicateRegistrationException extends ConflictException {

	private final String field;

	DuplicateRegistrationException(String field) {
		super("event.registration.duplicate." + field);
		this.field = field;
	}

	public String field() {
		return field;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("field", field);
	}
}
