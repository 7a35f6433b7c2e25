package id.canting.shared;

/** The change clashes with the current state: a duplicate, or an edit of a stale version (HTTP 409). */
public class ConflictException extends DomainException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
