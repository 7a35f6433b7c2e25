package id.canting.certification;

/** The details of a geographical indication changed; changes lists each field before and after. */
public record IgUpdated(Long id, String slug, java.util.List<id.canting.shared.FieldChange> changes, String by) {
}
