package id.canting.programme.application.web;

import java.time.Instant;
import java.time.LocalDate;

import id.canting.programme.application.Application;
import id.canting.programme.application.Beneficiary;
import id.canting.programme.application.VerificationChecklist;
import id.canting.programme.application.internal.ApplicationSummary;
import id.canting.programme.application.internal.Realisation;
import id.canting.programme.catalogue.Programme;

/** An application as {@code /api/v1} shows it to those who may see it. */
record ApplicationResponse(long id, String programmeCode, String programmeName, String applicantType, Long ikmId,
		Long sentraId, String applicantName, String provinceCode, String status, String proposal, long requestedIdr,
		Checklist checklist, String verifiedBy, Instant verifiedAt, Long approvedIdr, String rejectionReason,
		String decidedBy, Instant decidedAt, String returnReason, String returnedBy, Instant returnedAt,
		Beneficiary beneficiary, RealisationResponse realisation,
		Instant submittedAt, Instant closedAt, String createdBy, Instant createdAt, Instant updatedAt, int version) {

	record Checklist(boolean identity, boolean documents, boolean eligibility, boolean site, String note) {
	}

	record RealisationResponse(LocalDate realisedOn, long amountIdr, String note) {
	}

	static ApplicationResponse of(Application a, Programme p) {
		VerificationChecklist c = a.checklist();
		Realisation r = a.realisation();
		return new ApplicationResponse(a.id().value(), p.code(), p.name(), a.applicantType().name(), a.ikmId(),
				a.sentraId(), a.applicantName(), a.provinceCode(), a.status().name(), a.proposal(), a.requestedIdr(),
				c == null ? null : new Checklist(c.identity(), c.documents(), c.eligibility(), c.site(), c.note()),
				a.verifiedBy(), a.verifiedAt(), a.approvedIdr(), a.rejectionReason(), a.decidedBy(), a.decidedAt(),
				a.returnReason(), a.returnedBy(), a.returnedAt(),
				a.beneficiary(), r == null ? null : new RealisationResponse(r.realisedOn(), r.amountIdr(), r.note()),
				a.submittedAt(), a.closedAt(), a.createdBy(), a.createdAt(), a.updatedAt(), a.version());
	}

	/** A list row. */
	record Row(long id, String programmeCode, String programmeName, String programmeType, int programmeYear,
			String applicantType, Long ikmId, Long sentraId, String applicantName, String provinceCode, String status,
			long requestedIdr, Long approvedIdr, Long realisedIdr, Instant submittedAt, Instant updatedAt) {

		static Row of(ApplicationSummary s) {
			return new Row(s.id(), s.programmeCode(), s.programmeName(), s.programmeType().name(), s.programmeYear(),
					s.applicantType().name(), s.ikmId(), s.sentraId(), s.applicantName(), s.provinceCode(),
					s.status().name(), s.requestedIdr(), s.approvedIdr(), s.realisedIdr(), s.submittedAt(),
					s.updatedAt());
		}
	}
}
