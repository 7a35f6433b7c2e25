package id.canting.programme.catalogue.internal;

import java.math.BigDecimal;

/**
 * A readiness rule as given by the form or the API, before {@link ReadinessRuleRules} read it: the
 * subject ({@code OVERALL} or a pillar's name), the comparison ({@code BELOW}, {@code AT_LEAST}) and
 * the value 0–4. A row with none of them is an empty form row and is skipped.
 */
public record ReadinessRuleInput(String subject, String comparison, BigDecimal value) {

	boolean isBlank() {
		return (subject == null || subject.isBlank()) && (comparison == null || comparison.isBlank()) && value == null;
	}
}
