package id.canting.programme;

/** The ministry closed a realised application: nothing more is owed on either side. */
public record ApplicationClosed(long applicationId, long programmeId, String provinceCode, String by) {
}
