package id.canting.development;

import java.util.List;

import id.canting.registry.SentraId;
import id.canting.shared.FieldChange;

/** A sentra's coordinates were set, changed or cleared. */
public record SentraLocationSet(SentraId sentraId, String provinceCode, List<FieldChange> changes, String by) {

	public SentraLocationSet {
		changes = List.copyOf(changes);
	}
}
