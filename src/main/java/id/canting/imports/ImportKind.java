package id.canting.imports;

/** What a file holds: IKM (matched by NIB) or sentra (matched by code). */
public enum ImportKind {
	IKM, SENTRA
}
