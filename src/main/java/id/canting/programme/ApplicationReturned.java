package id.canting.programme;

/** The application went back to its applicant for correction, with what to correct. */
public record ApplicationReturned(long applicationId, long programmeId, String provinceCode, String reason, String by) {
}
