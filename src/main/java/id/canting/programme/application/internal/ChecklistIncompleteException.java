package id.canting.programme.application.internal;

import java.util.List;
import java.util.Map;

import id.canting.shared.RuleRefusedException;

/** The officer tried to verify without confirming every checklist item (HTTP 422, naming the items). */
public class ChecklistIncompleteException extends RuleRefusedException {

	private final List<String> unconfirmed;

	public ChecklistIncompleteException(List<String> unconfirmed) {
		super("programme.application.checklist-incomplete", String.join(", ", unconfirmed));
		this.unconfirmed = List.copyOf(unconfirmed);
	}

	public List<String> unconfirmed() {
		return unconfirmed;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("unconfirmed", unconfirmed);
	}
}
