package id.canting.programme;

/** The applicant sent the application to the provincial office. */
public record ApplicationSubmitted(long applicationId, long programmeId, String provinceCode, String by) {
}
