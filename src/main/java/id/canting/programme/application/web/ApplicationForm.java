package id.canting.programme.application.web;

import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

/**
 * The application form: who applies (the owner's IKM chosen from a list; for an officer an IKM's
 * id or NIB, or a sentra chosen from the province's, by id or code for ministry staff), what for, and
 * the amount, read by the one rupiah formatter (25.000.000 is twenty-five million rupiah).
 */
public class ApplicationForm {

	private String applicant;
	private String proposal;
	@Rupiah(refusal = "programme.application.validation.amount")
	private TypedAmount requestedIdr;

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

	public TypedAmount getRequestedIdr() {
		return requestedIdr;
	}

	public void setRequestedIdr(TypedAmount requestedIdr) {
		this.requestedIdr = requestedIdr;
	}
}
