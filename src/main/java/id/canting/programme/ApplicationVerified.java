package id.canting.programme;

/** The provincial officer confirmed every item of the checklist; the application goes to the ministry. */
public record ApplicationVerified(long applicationId, long programmeId, String provinceCode, String note, String by) {
}
