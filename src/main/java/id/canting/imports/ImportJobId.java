package id.canting.imports;

/** Identifies an import job. */
public record ImportJobId(long value) {
}
