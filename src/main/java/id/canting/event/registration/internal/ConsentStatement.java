package id.canting.event.registration.internal;

/**
 * The statement registrants agree to, shown on the form (message {@code event.registration.consent.text})
 * and stored with each registration by its version. A changed text gets a new version (the day it was
 * written), so each registration says which text its registrant read.
 */
public final class ConsentStatement {

	/** The version of the text in the message bundles today. */
	public static final String VERSION = "2026-12-06";

	/** The message key of the statement's text. */
	public static final String MESSAGE = "event.registration.consent.text";

	private ConsentStatement() {
	}
}
