package id.canting.programme;

/** A programme was created as a draft by {@code by}. */
public record ProgrammeCreated(String code, ProgrammeId id, String name, String by) {
}
