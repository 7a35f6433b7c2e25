package id.canting.registry.internal;

import java.util.Map;

import id.canting.shared.ConflictException;

/** The sentra code is already used by another sentra. */
public class DuplicateSentraCodeException extends ConflictException {

	private final long existingSentraId;

	public DuplicateSentraCodeException(String code, long existingSentraId) {
		super("sentra.duplicate-code", code, existingSentraId);
		this.existingSentraId = existingSentraId;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("existingSentraId", existingSentraId);
	}
}
