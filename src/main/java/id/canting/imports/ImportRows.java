package id.canting.imports;

import java.util.List;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.shared.Actor;

/** What differs between importing IKM, sentra, reports and trade records: the columns, how a row is checked, how it is written. */
interface ImportRows {

	/** The outcome of checking one row, with everything needed to commit it later. */
	record Checked(RowOutcome outcome, Long recordId, String recordKey, String input, String changes,
			List<ImportError> errors) {

		static Checked invalid(String recordKey, SheetRow row) {
			return new Checked(RowOutcome.INVALID, null, recordKey, null, null, row.errors());
		}
	}

	ImportKind kind();

	/** Whether the actor may import this kind at all (the rows are still checked one by one). */
	default boolean mayImport(Actor actor) {
		return true;
	}

	List<ColumnSpec> columns();

	/** The field that identifies a record in a file (NIB, sentra code): twice in one file is an error. */
	String keyField();

	/** Checks one row with the registry's own rules, within the actor's scope. */
	Checked check(Actor actor, SheetRow row);

	/**
	 * Checks a batch of rows; the same as {@link #check} row by row, which is what it does unless a
	 * kind can look records up for the whole batch at once.
	 */
	default List<Checked> checkAll(Actor actor, List<SheetRow> rows) {
		return rows.stream().map(row -> check(actor, row)).toList();
	}

	/** Writes one checked row through the registry's API. */
	void commit(Actor actor, StoredRow row);

	/** Writes a batch of checked rows, in file order; row by row unless a kind has a bulk path. */
	default void commitAll(Actor actor, List<StoredRow> rows) {
		rows.forEach(row -> commit(actor, row));
	}
}
