package id.canting.certification;

/** A geographical indication was recorded. */
public record IgCreated(long id, String slug, String name, String by) {
}
