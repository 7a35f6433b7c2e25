package id.canting.programme;

import java.time.LocalDate;

/** The officer recorded (or corrected) the verification visit of a machine-restructuring application. */
public record VerificationVisitRecorded(long applicationId, long programmeId, String provinceCode, LocalDate visitedOn,
		boolean confirmsClaim, String by) {
}
