package id.canting.programme.participation.internal;

/**
 * A participant as a form or the API gives them: name, gender ({@code F} or {@code M}) and the IKM
 * they come from, by its id or its NIB (one of the two).
 */
public record ParticipantInput(String name, String gender, Long ikm, String nib) {
}
