package id.canting.readiness.internal;

/** The owner drafts, submits; the officer verifies (or returns it to draft with a reason). */
public enum AssessmentStatus {
	DRAFT, SUBMITTED, VERIFIED
}
