package id.canting.shared;

/** The actor is signed in but the record lies outside what their role and scope allow (HTTP 403). */
public class ForbiddenException extends DomainException {

	public ForbiddenException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
