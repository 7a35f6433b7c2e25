package id.canting.programme;

/** The applicant withdrew the application before a decision. */
public record ApplicationWithdrawn(long applicationId, long programmeId, String provinceCode, String by) {
}
