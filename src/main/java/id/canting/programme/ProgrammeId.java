package id.canting.programme;

/** The database identity of a programme; its code is what people and the API use. */
public record ProgrammeId(long value) {
}
