package id.canting.registry.internal;

import java.util.Map;

import id.canting.shared.ConflictException;

/** The NIB is already registered to another IKM; names that IKM so the user can open it. */
public class DuplicateNibException extends ConflictException {

	private final long existingIkmId;

	public DuplicateNibException(String nib, long existingIkmId) {
		super("ikm.duplicate-nib", nib, existingIkmId);
		this.existingIkmId = existingIkmId;
	}

	public long existingIkmId() {
		return existingIkmId;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("existingIkmId", existingIkmId);
	}
}
