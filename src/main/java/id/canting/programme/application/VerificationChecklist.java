package id.canting.programme.application;

import java.util.ArrayList;
import java.util.List;

/**
 * What the provincial officer confirms before an application goes to the ministry: the applicant is
 * who the registry says (identity), the attachments are complete and genuine (documents), the
 * eligibility rules hold on the ground (eligibility), and the site was seen (site). Every item must be
 * confirmed to verify; a problem found is written in the note and the admin rejects.
 */
public record VerificationChecklist(boolean identity, boolean documents, boolean eligibility, boolean site,
		String note) {

	/** The names of the items not confirmed, in checklist order. */
	public List<String> unconfirmed() {
		List<String> missing = new ArrayList<>();
		if (!identity) {
			missing.add("identity");
		}
		if (!documents) {
			missing.add("documents");
		}
		if (!eligibility) {
			missing.add("eligibility");
		}
		if (!site) {
			missing.add("site");
		}
		return missing;
	}

	/** Everything confirmed, with a note. */
	public static VerificationChecklist allConfirmed(String note) {
		return new VerificationChecklist(true, true, true, true, note);
	}
}
