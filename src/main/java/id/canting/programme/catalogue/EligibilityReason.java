package id.canting.programme.catalogue;

import java.util.List;

/**
 * One eligibility rule the applicant does not meet: the rule's name ({@code province},
 * {@code kind}...) and the message key and arguments that say it in plain words. Arguments are
 * the raw values (codes, enum constants, sets of them, numbers) for the reader's language to label.
 */
public record EligibilityReason(String rule, String messageKey, List<Object> arguments) {

	public static EligibilityReason of(String rule, Object... arguments) {
		return new EligibilityReason(rule, "programme.eligibility." + rule, List.of(arguments));
	}
}
