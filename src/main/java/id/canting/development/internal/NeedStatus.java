package id.canting.development.internal;

/** A need is OPEN until it is MET (by a project, a programme or the sentra itself). */
public enum NeedStatus {
	OPEN, MET
}
