package id.canting.programme.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The provincial officer's visit to a machine-restructuring applicant before approval: the company
 * exists and works, and each claimed machine is on site and new (not second-hand, not moved from
 * another company). Photos are attached to the application as documents of kind PHOTO.
 */
public record VerificationVisit(long applicationId, LocalDate visitedOn, String officer, boolean companyExists,
		List<MachineFinding> machines, String notes, Instant recordedAt) {

	public VerificationVisit {
		machines = List.copyOf(machines);
	}

	/** What the officer found for one claim line. */
	public record MachineFinding(int line, boolean present, boolean isNew) {
	}

	/** Whether the visit supports approval: the company exists and every machine is present and new. */
	public boolean confirmsClaim() {
		return companyExists && !machines.isEmpty()
				&& machines.stream().allMatch(m -> m.present() && m.isNew());
	}
}
