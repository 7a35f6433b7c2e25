package id.canting.programme.catalogue;

/**
 * Where a programme stands: a DRAFT is prepared by ministry staff and seen only by them; PUBLISHED
 * is a call everyone sees; CLOSED takes no more applications.
 */
public enum ProgrammeStatus {
	DRAFT, PUBLISHED, CLOSED
}
