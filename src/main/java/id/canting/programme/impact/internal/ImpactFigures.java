package id.canting.programme.impact.internal;

import java.util.List;

/**
 * The impact over a group of beneficiaries (a programme, or its beneficiaries in one province).
 *
 * @param beneficiaries the applications approved, realised or closed
 * @param measured those with both a baseline and a follow-up: every before and after figure is theirs
 * @param lackingFollowUp those still without a follow-up (with or without a baseline)
 * @param measures workers, capacity, sales, natural-dye share, Batikmark and INDI 4.0, in that order
 */
public record ImpactFigures(int beneficiaries, int measured, int lackingFollowUp, List<ImpactMeasure> measures) {

	public ImpactFigures {
		measures = List.copyOf(measures);
	}

	/** The measure with this key. */
	public ImpactMeasure measure(String key) {
		return measures.stream().filter(m -> m.key().equals(key)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no measure " + key));
	}
}
