package id.canting.notification;

import java.util.List;
import java.util.Locale;

/**
 * One e-mail to one person, already written in their language.
 *
 * @param recipient the e-mail address
 * @param language the language it is written in (shown to admins; the sender does not translate)
 * @param subject one line
 * @param textBody the plain-text body every mail client can show
 * @param htmlBody the HTML alternative, or {@code null} for text only
 * @param inlineParts images referenced from the HTML body as {@code cid:name}
 * @param attachments files attached to the message
 * @param topic what kind of message it is, e.g. {@code event.ticket}, {@code programme.application}
 * @param reference what it is about, e.g. a ticket code or an application id, for the admin page
 */
public record OutgoingMessage(String recipient, Locale language, String subject, String textBody, String htmlBody,
		List<MessagePart> inlineParts, List<MessagePart> attachments, String topic, String reference) {

	/** A plain-text message without parts. */
	public static OutgoingMessage text(String recipient, Locale language, String subject, String textBody, String topic,
			String reference) {
		return new OutgoingMessage(recipient, language, subject, textBody, null, List.of(), List.of(), topic, reference);
	}
}
