package id.canting.trade;

/** Identifies one export record. */
public record ExportRecordId(long value) {
}
