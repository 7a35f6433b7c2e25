package id.canting.matching.internal;

import java.util.Map;

import id.canting.shared.RuleRefusedException;

/**
 * A matching rule refuses the action (HTTP 422). The problem names the field the rule is about (e.g.
 * {@code to} for a request's receiver) and the rule itself, so a client can tell the rules apart.
 */
public class MatchingRuleRefusedException extends RuleRefusedException {

	private final String field;
	private final String rule;

	public MatchingRuleRefusedException(String field, String rule, Object... arguments) {
		super("matching.core.rule." + rule, arguments);
		this.field = field;
		this.rule = rule;
	}

	public String field() {
		return field;
	}

	public String rule() {
		return rule;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("field", field, "rule", rule);
	}
}
