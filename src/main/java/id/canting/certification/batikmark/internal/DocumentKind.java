package id.canting.certification.batikmark.internal;

/** The documents an application needs before its file is checked. */
public enum DocumentKind {
	APPLICATION_FORM, OWNER_ID, TRADEMARK_PROOF, NIB, NPWP
}
