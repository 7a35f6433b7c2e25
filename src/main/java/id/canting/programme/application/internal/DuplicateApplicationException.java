package id.canting.programme.application.internal;

import java.util.Map;

import id.canting.shared.ConflictException;

/** The applicant already has an application to this programme; one each (HTTP 409, with its id). */
public class DuplicateApplicationException extends ConflictException {

	private final long existingId;

	public DuplicateApplicationException(long existingId) {
		super("programme.application.duplicate", existingId);
		this.existingId = existingId;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("existingId", existingId);
	}
}
