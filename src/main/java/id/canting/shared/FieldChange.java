package id.canting.shared;

/** One field of a record changed by an update, with its value before and after, as text. */
public record FieldChange(String field, String oldValue, String newValue) {
}
