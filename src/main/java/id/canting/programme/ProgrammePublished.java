package id.canting.programme;

/** A programme was published by {@code by}: its call is now open to everyone's view. */
public record ProgrammePublished(String code, ProgrammeId id, String by) {
}
