package id.canting.imports;

/**
 * What a file holds: IKM (matched by NIB), sentra (matched by code), semester reports (by IKM and
 * semester) or export records (by month, HS code, destination and source).
 */
public enum ImportKind {
	IKM, SENTRA, REPORT, TRADE
}
