package id.canting.programme;

/** The applicant replaced the machines of a draft claim; the requested amount is now the quote's. */
public record MachineClaimChanged(long applicationId, long programmeId, String provinceCode, int lines, long amountIdr,
		String by) {
}
