package id.canting.certification;

/** A geographical indication was recorded. */
public record IgCreated(Long id, String slug, String name, String by) {
}
