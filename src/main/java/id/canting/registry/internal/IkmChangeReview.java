package id.canting.registry.internal;

import java.util.List;

import id.canting.registry.Ikm;

/** An owner's change beside the IKM it is for, as the office reviews it. */
public record IkmChangeReview(Ikm ikm, IkmChange change) {

	/** Each changed field with the IKM's value now and the proposed one. */
	public List<IkmChange.ProposedValue> diff() {
		return change.against(ikm.details());
	}
}
