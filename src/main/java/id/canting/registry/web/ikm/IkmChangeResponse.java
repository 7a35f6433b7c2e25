package id.canting.registry.web.ikm;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An owner's change to reviewed fields as the API returns it: each field with the IKM's value now and
 * the proposed one (codes and names as {@code PUT /api/v1/ikm/{id}} takes them), and its outcome.
 */
public record IkmChangeResponse(long id, long ikmId, String ikmName, String provinceCode, String status,
		List<Field> fields, String proposedBy, Instant proposedAt, String returnedReason, String decidedBy,
		Instant decidedAt) {

	/** One proposed field: {@code currentValue} is the IKM's value as it stands, {@code proposedValue} the owner's. */
	public record Field(String field, @Schema(ref = "AnyValue") Object currentValue,
			@Schema(ref = "AnyValue") Object proposedValue) {
	}
}
