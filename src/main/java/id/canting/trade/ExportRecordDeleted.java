package id.canting.trade;

/** An export record was deleted by {@code by}; {@code summary} says which (month, code, country, source). */
public record ExportRecordDeleted(ExportRecordId id, String summary, String by) {
}
