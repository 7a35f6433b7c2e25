package id.canting.shared;

import java.util.List;

/** Input broke one or more field rules (HTTP 400); nothing was changed. */
public class InvalidInputException extends DomainException {

	private final transient List<FieldViolation> violations;

	public InvalidInputException(List<FieldViolation> violations) {
		super("error.invalid-input");
		this.violations = List.copyOf(violations);
	}

	public List<FieldViolation> violations() {
		return violations;
	}
}
