package id.canting.registry.events;

import java.util.List;

/**
 * Many IKM were registered at once (a bulk import), by {@code by}. One event per batch instead of
 * one per IKM, so that listeners can write their records in batches too; each entry is what an
 * {@link IkmRegistered} would have said.
 */
public record IkmsRegistered(List<IkmRegistered> registered, String by) {

	public IkmsRegistered {
		registered = List.copyOf(registered);
	}
}
