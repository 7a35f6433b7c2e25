package id.canting.shared.jdbc;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;

import id.canting.shared.FieldViolation;

/**
 * The database refused a value of the request itself (too long for its column, a character it
 * cannot store), not a conflict with other data: a 400 naming the column where the database names
 * it, never a 409 or a 500.
 */
public class StoredValueRefusedException extends DataIntegrityViolationException {

	private final transient List<FieldViolation> violations;

	StoredValueRefusedException(String message, Throwable cause, FieldViolation violation) {
		super(message, cause);
		this.violations = List.of(violation);
	}

	/** The refused field (the column's name in camelCase, or {@code value} when the database does not say). */
	public List<FieldViolation> violations() {
		return violations;
	}
}
