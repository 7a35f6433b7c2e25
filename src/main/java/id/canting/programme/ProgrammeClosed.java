package id.canting.programme;

/** A published programme was closed by {@code by}: it takes no more applications. */
public record ProgrammeClosed(String code, ProgrammeId id, String by) {
}
