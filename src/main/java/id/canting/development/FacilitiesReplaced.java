package id.canting.development;

import java.util.List;

import id.canting.registry.SentraId;
import id.canting.shared.FieldChange;

/** A sentra's list of shared facilities was replaced; {@code changes} says what differs, per facility. */
public record FacilitiesReplaced(SentraId sentraId, String provinceCode, List<FieldChange> changes, String by) {

	public FacilitiesReplaced {
		changes = List.copyOf(changes);
	}
}
