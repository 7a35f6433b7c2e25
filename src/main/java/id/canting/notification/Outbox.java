package id.canting.notification;

/**
 * Where a module leaves a message for someone outside the system (today: an e-mail). The message is
 * only written down here; a sender delivers it later, so a change and its message commit or roll
 * back together and a slow or absent mail server never fails the change.
 */
public interface Outbox {

	/**
	 * Writes the message to the outbox in the caller's transaction (so it is sent only if the change
	 * commits).
	 *
	 * @return the id under which admins find the message
	 * @throws id.canting.shared.InvalidInputException naming each broken rule (a recipient that is
	 *         no e-mail address, a blank subject, a part too large …); nothing is written
	 */
	OutboxMessageId enqueue(OutgoingMessage message);
}
