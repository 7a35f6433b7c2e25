package id.canting.programme;

/** The identity of a programme participant, as the API and pages address them. */
public record ParticipantId(long value) {
}
