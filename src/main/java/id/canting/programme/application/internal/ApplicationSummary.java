package id.canting.programme.application.internal;

import java.time.Instant;

import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.programme.catalogue.ProgrammeType;

/** One application as lists, work queues and history show it, with its programme's headline. */
public record ApplicationSummary(long id, String programmeCode, String programmeName, ProgrammeType programmeType,
		int programmeYear, ProgrammeTarget applicantType, Long ikmId, Long sentraId, String applicantName,
		String provinceCode, ApplicationStatus status, long requestedIdr, Long approvedIdr, Long realisedIdr,
		Instant submittedAt, Instant updatedAt) {
}
