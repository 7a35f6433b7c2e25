package id.canting.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.programme.ApplicationApproved;
import id.canting.programme.ApplicationClosed;
import id.canting.programme.ApplicationDrafted;
import id.canting.programme.ApplicationRealised;
import id.canting.programme.ApplicationRejected;
import id.canting.programme.ApplicationSubmitted;
import id.canting.programme.ApplicationUpdated;
import id.canting.programme.ApplicationVerified;
import id.canting.programme.ApplicationReturned;
import id.canting.programme.ApplicationWithdrawn;
import id.canting.programme.AttachmentAdded;
import id.canting.programme.MachineClaimChanged;
import id.canting.programme.VerificationVisitRecorded;
import id.canting.shared.FieldChange;

/**
 * Records every step of an application to a programme, synchronously in the transaction of the step
 * (as {@link ProgrammeAuditListener} does), under the applicant's province so the provincial office
 * sees its own applications' history.
 */
@Component
class ApplicationAuditListener {

	private static final String APPLICATION = "application";

	private final AuditWriter writer;

	ApplicationAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(ApplicationDrafted e) {
		writer.append(NewEntry.of(e.by(), "CREATED", APPLICATION, e.applicationId(), e.provinceCode(),
				e.applicantName()));
	}

	@EventListener
	void on(ApplicationUpdated e) {
		writer.append(NewEntry.of(e.by(), "UPDATED", APPLICATION, e.applicationId(), e.provinceCode(), null)
			.withChanges(e.changes()));
	}

	@EventListener
	void on(ApplicationSubmitted e) {
		writer.append(NewEntry.of(e.by(), "SUBMITTED", APPLICATION, e.applicationId(), e.provinceCode(), null));
	}

	@EventListener
	void on(ApplicationVerified e) {
		writer.append(NewEntry.of(e.by(), "VERIFIED", APPLICATION, e.applicationId(), e.provinceCode(), e.note()));
	}

	@EventListener
	void on(ApplicationApproved e) {
		writer.append(NewEntry.of(e.by(), "APPROVED", APPLICATION, e.applicationId(), e.provinceCode(),
				"Rp " + e.amountIdr()));
	}

	@EventListener
	void on(ApplicationRejected e) {
		writer.append(NewEntry.of(e.by(), "REJECTED", APPLICATION, e.applicationId(), e.provinceCode(), e.reason()));
	}

	@EventListener
	void on(ApplicationRealised e) {
		writer.append(NewEntry.of(e.by(), "REALISED", APPLICATION, e.applicationId(), e.provinceCode(), null)
			.withChanges(List.of(new FieldChange("realisedOn", null, String.valueOf(e.realisedOn())),
					new FieldChange("amountIdr", null, String.valueOf(e.amountIdr())))));
	}

	@EventListener
	void on(ApplicationClosed e) {
		writer.append(NewEntry.of(e.by(), "CLOSED", APPLICATION, e.applicationId(), e.provinceCode(), null));
	}

	@EventListener
	void on(ApplicationWithdrawn e) {
		writer.append(NewEntry.of(e.by(), "WITHDRAWN", APPLICATION, e.applicationId(), e.provinceCode(), null));
	}

	@EventListener
	void on(ApplicationReturned e) {
		writer.append(NewEntry.of(e.by(), "RETURNED", APPLICATION, e.applicationId(), e.provinceCode(), e.reason()));
	}

	@EventListener
	void on(AttachmentAdded e) {
		// the kind as a change, not inside the summary's text, so that pages can show its label
		writer.append(NewEntry.of(e.by(), "ATTACHED", APPLICATION, e.applicationId(), e.provinceCode(), e.fileName())
			.withChanges(List.of(new FieldChange("documentKind", null, e.kind()))));
	}

	@EventListener
	void on(MachineClaimChanged e) {
		writer.append(NewEntry.of(e.by(), "CLAIMED", APPLICATION, e.applicationId(), e.provinceCode(),
				e.lines() + " / Rp " + e.amountIdr()));
	}

	@EventListener
	void on(VerificationVisitRecorded e) {
		writer.append(NewEntry.of(e.by(), "VISITED", APPLICATION, e.applicationId(), e.provinceCode(), null)
			.withChanges(List.of(new FieldChange("visitedOn", null, String.valueOf(e.visitedOn())),
					new FieldChange("confirmsClaim", null, String.valueOf(e.confirmsClaim())))));
	}
}
