package id.canting.imports;

/** What committing a row would do: create a record, update one (listing changed fields), nothing, or it is invalid. */
public enum RowOutcome {
	NEW, UPDATED, UNCHANGED, INVALID
}
