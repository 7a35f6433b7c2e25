package id.canting.certification;

import java.util.List;

import id.canting.shared.FieldChange;

/**
 * An application moved one step in the certification body's workflow (file checked, sampled, billed,
 * paid, tested, issued or rejected), with what the step recorded: the fields it set, as codes and ISO
 * days that a reader's page labels and formats, and a free text (a certificate number, a reason).
 */
public record CertificationStepTaken(long applicationId, String provinceCode, CertificationStatus status,
		String detail, List<FieldChange> recorded, String by) {

	public CertificationStepTaken {
		recorded = recorded == null ? List.of() : List.copyOf(recorded);
	}
}
