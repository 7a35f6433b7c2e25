package id.canting.event.exhibitor.internal;

import java.util.List;

import id.canting.shared.RuleRefusedException;

/** A selection to publish breaks constraints; every violation is listed (HTTP 422). */
public class CurationViolationsException extends RuleRefusedException {

	private final transient List<CurationCheck.Violation> violations;

	public CurationViolationsException(List<CurationCheck.Violation> violations) {
		super("exhibitor.curation.violations", violations.size());
		this.violations = List.copyOf(violations);
	}

	public List<CurationCheck.Violation> violations() {
		return violations;
	}
}
