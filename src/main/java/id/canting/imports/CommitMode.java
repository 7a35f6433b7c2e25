package id.canting.imports;

/**
 * How to commit: ALL_OR_NOTHING refuses while any row is invalid; VALID_ROWS writes the valid rows
 * and leaves the rejected ones to download, fix and upload again.
 */
public enum CommitMode {
	ALL_OR_NOTHING, VALID_ROWS
}
