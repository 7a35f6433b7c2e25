package id.canting.event.exhibitor;

/**
 * Where an exhibitor application stands: DRAFT (the owner prepares it), SUBMITTED (waiting for the
 * province's officer), ENDORSED (the officer supports it; curators score it) or DECLINED (with a
 * reason), then SELECTED or NOT_SELECTED when the curation is published.
 */
public enum ExhibitorStatus {
	DRAFT, SUBMITTED, ENDORSED, DECLINED, SELECTED, NOT_SELECTED
}
