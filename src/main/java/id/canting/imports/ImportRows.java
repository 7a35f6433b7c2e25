package id.canting.imports;

import java.util.List;
import java.util.Map;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.shared.Actor;

/** What differs between importing IKM and importing sentra: the columns, how a row is checked, how it is written. */
interface ImportRows {

	/** The outcome of checking one row, with everything needed to commit it later. */
	record Checked(RowOutcome outcome, Long recordId, String recordKey, String input, String changes,
			List<ImportError> errors) {
	}

	ImportKind kind();

	List<ColumnSpec> columns();

	/** The field that identifies a record in a file (NIB, sentra code): twice in one file is an error. */
	String keyField();

	/** Checks one row with the registry's own rules, within the actor's scope. */
	Checked check(Actor actor, int rowNumber, Map<String, String> cellsByField, String language);

	/** Writes one checked row through the registry's API. */
	void commit(Actor actor, StoredRow row);
}
