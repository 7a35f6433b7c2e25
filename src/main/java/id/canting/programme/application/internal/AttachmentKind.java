package id.canting.programme.application.internal;

/** What an attached document is, so officers find the one they need to check. */
public enum AttachmentKind {
	PROPOSAL, OWNER_ID, NIB, INVOICE, TAX_INVOICE, PHOTO, VISIT_REPORT, OTHER
}
