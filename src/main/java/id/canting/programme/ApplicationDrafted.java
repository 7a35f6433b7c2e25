package id.canting.programme;

/** An IKM or sentra began an application to a programme (as a draft, or submitted at once). */
public record ApplicationDrafted(long applicationId, long programmeId, String provinceCode, String applicantType, Long ikmId, Long sentraId, String applicantName, String by) {
}
