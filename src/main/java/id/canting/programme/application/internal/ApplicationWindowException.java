package id.canting.programme.application.internal;

import java.time.LocalDate;

import id.canting.shared.RuleRefusedException;

/** The programme does not take applications today: not published, not yet open, or closed (HTTP 422). */
public class ApplicationWindowException extends RuleRefusedException {

	public ApplicationWindowException(String code, LocalDate opensOn, LocalDate closesOn) {
		super("programme.application.window", code, opensOn.toString(), closesOn.toString());
	}
}
