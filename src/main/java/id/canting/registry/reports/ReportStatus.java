package id.canting.registry.reports;

/**
 * Where a semester report stands (SIINas: draft, sent, returned for correction, accepted). Its
 * figures can be edited while it is a draft or returned; a submitted report waits for the
 * provincial office; an accepted one is final.
 */
public enum ReportStatus {
	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	/** The IKM (or an officer on its behalf) may still change the figures and send it. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Counts as reported on the compliance page: sent, whether or not decided yet. */
	public boolean countsAsReported() {
		return this == SUBMITTED || this == ACCEPTED;
	}
}
