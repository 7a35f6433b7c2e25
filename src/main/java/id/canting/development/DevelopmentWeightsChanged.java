package id.canting.development;

import java.util.List;

import id.canting.shared.FieldChange;

/** An admin changed the weights of the development score; one change per part whose weight moved. */
public record DevelopmentWeightsChanged(List<FieldChange> changes, String by) {

	public DevelopmentWeightsChanged {
		changes = List.copyOf(changes);
	}
}
