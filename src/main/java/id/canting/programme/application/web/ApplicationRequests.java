package id.canting.programme.application.web;

import java.time.LocalDate;
import java.util.List;

import id.canting.programme.application.ApplicationInput;
import id.canting.programme.application.VerificationChecklist;

/** The bodies {@code /api/v1} accepts for applications and their steps. */
final class ApplicationRequests {

	private ApplicationRequests() {
	}

	/** A new application; {@code submit} sends it at once instead of keeping a draft. */
	record Apply(Long ikmId, Long sentraId, String proposal, Long requestedIdr, Boolean submit) {

		ApplicationInput toInput() {
			return new ApplicationInput(ikmId, sentraId, proposal, requestedIdr, Boolean.TRUE.equals(submit));
		}
	}

	record Update(String proposal, Long requestedIdr, Integer version) {
	}

	/** The officer's checklist: every item confirmed, and a note. */
	record Verify(Boolean identity, Boolean documents, Boolean eligibility, Boolean site, String note) {

		VerificationChecklist toChecklist() {
			return new VerificationChecklist(Boolean.TRUE.equals(identity), Boolean.TRUE.equals(documents),
					Boolean.TRUE.equals(eligibility), Boolean.TRUE.equals(site), note);
		}
	}

	/** The amount to commit; the requested amount when absent. */
	record Approve(Long amountIdr) {
	}

	record Reject(String reason) {
	}

	/** What the applicant should correct; required. */
	record ReturnForCorrection(String reason) {
	}

	record Realise(LocalDate realisedOn, Long amountIdr, String note) {
	}

	/** A work-queue batch: the applications, and for verification the checklist that applies to all. */
	record Batch(List<Long> ids, Verify checklist) {
	}
}
