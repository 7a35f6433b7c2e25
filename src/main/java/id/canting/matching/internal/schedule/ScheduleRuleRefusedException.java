package id.canting.matching.internal.schedule;

import java.util.Map;

import id.canting.shared.RuleRefusedException;

/**
 * A schedule rule refuses the action (HTTP 422), e.g. removing a session with placed meetings: the problem
 * names the field and the rule ({@code matching.schedule.rule.<rule>}), so a client can tell the rules apart.
 */
public class ScheduleRuleRefusedException extends RuleRefusedException {

	private final String field;
	private final String rule;

	public ScheduleRuleRefusedException(String field, String rule, Object... arguments) {
		super("matching.schedule.rule." + rule, arguments);
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
