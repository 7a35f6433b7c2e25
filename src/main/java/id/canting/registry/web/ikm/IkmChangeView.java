package id.canting.registry.web.ikm;

import java.time.Instant;
import java.util.List;

/**
 * An owner's change as pages show it: like {@link IkmChangeResponse}, with regency and sentra as
 * names rather than codes (the templates label enum values from the bundle).
 */
public record IkmChangeView(long id, long ikmId, String ikmName, String regencyName, String status, List<Line> lines,
		String proposedBy, Instant proposedAt, String returnedReason, String decidedBy, Instant decidedAt) {

	public record Line(String field, Object current, Object proposed) {
	}
}
