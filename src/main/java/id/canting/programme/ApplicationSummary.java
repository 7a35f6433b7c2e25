package id.canting.programme;

import java.time.Instant;

/** One application as lists, work queues and history show it, with its programme's headline. */
public record ApplicationSummary(long id, String programmeCode, String programmeName, ProgrammeType programmeType,
		int programmeYear, ProgrammeTarget applicantType, Long ikmId, Long sentraId, String applicantName,
		String provinceCode, ApplicationStatus status, long requestedIdr, Long approvedIdr, Long realisedIdr,
		Instant submittedAt, Instant updatedAt) {
}
