package id.canting.imports;

/** What a file holds: IKM (matched by NIB), sentra (matched by code) or semester reports (by IKM and semester). */
public enum ImportKind {
	IKM, SENTRA, REPORT
}
