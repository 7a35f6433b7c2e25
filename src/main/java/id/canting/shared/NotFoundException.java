package id.canting.shared;

/** The record asked for does not exist (HTTP 404). */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
