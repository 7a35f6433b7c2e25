package id.canting.registry.events;

import java.util.List;

/**
 * Many IKM were verified at once (the demo data's first start). One event for the lot instead of one
 * per IKM, so that listeners can write their records in batches too; each entry is what an
 * {@link IkmVerified} would have said.
 */
public record IkmsVerified(List<IkmVerified> verified) {

	public IkmsVerified {
		verified = List.copyOf(verified);
	}
}
