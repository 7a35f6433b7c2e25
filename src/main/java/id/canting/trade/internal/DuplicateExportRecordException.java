package id.canting.trade.internal;

import java.util.Map;

import id.canting.shared.ConflictException;

/** A record for the same month, HS code, destination and source exists already. */
public class DuplicateExportRecordException extends ConflictException {

	private final long existingId;

	public DuplicateExportRecordException(long existingId) {
		super("trade.export.duplicate", existingId);
		this.existingId = existingId;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("existingId", existingId);
	}
}
