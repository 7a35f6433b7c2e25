package id.canting.programme.application.web;

/**
 * The application form: who applies (the owner's IKM chosen from a list; for an officer an IKM's
 * id or NIB, or a sentra chosen from the province's, by id or code for ministry staff), what for, and
 * the amount as typed (25.000.000 is read as twenty-five million rupiah).
 */
public class ApplicationForm {

	private String applicant;
	private String proposal;
	private String requestedIdr;

	public String getApplicant() {
		return applicant;
	}

	public void setApplicant(String applicant) {
		this.applicant = applicant;
	}

	public String getProposal() {
		return proposal;
	}

	public void setProposal(String proposal) {
		this.proposal = proposal;
	}

	public String getRequestedIdr() {
		return requestedIdr;
	}

	public void setRequestedIdr(String requestedIdr) {
		this.requestedIdr = requestedIdr;
	}
}
