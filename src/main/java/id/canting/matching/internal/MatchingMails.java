package id.canting.matching.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.notification.Outbox;
import id.canting.notification.OutgoingMessage;

/**
 * Tells the other side what happened to a request or a meeting, by e-mail through the outbox (in the
 * transaction of the change), in the recipient's language (Indonesian unless they chose English). A
 * participant without an e-mail address is not written to.
 */
@Component
class MatchingMails {

	static final String TOPIC_REQUEST = "matching.request";
	static final String TOPIC_ANSWER = "matching.answer";
	static final String TOPIC_CANCELLED = "matching.meeting-cancelled";

	private final Outbox outbox;
	private final MessageSource messages;
	private final String baseUrl;

	MatchingMails(Outbox outbox, MessageSource messages, @Value("${canting.public-base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** To the receiver: someone asks to meet. */
	void requested(MeetingRequest request, MatchingParticipant sender, MatchingParticipant receiver) {
		send(receiver, "requested", TOPIC_REQUEST, String.valueOf(request.id().value()), sender.companyName(),
				request.message() == null ? "" : request.message(),
				"matching.core.preference." + request.preference().name());
	}

	/** To the sender: the receiver accepted or declined. */
	void answered(MeetingRequest request, MatchingParticipant sender, MatchingParticipant receiver, boolean accepted) {
		send(sender, accepted ? "accepted" : "declined", TOPIC_ANSWER, String.valueOf(request.id().value()),
				receiver.companyName(), request.answerNote() == null ? "" : request.answerNote(), null);
	}

	/** To one side of a cancelled meeting: the meeting with {@code other} is off. */
	void cancelled(MatchingParticipant recipient, MatchingParticipant other) {
		send(recipient, "cancelled", TOPIC_CANCELLED, recipient.eventCode(), other.companyName(), "", null);
	}

	private void send(MatchingParticipant to, String kind, String topic, String reference, String otherName,
			String note, String preferenceKey) {
		if (to.email() == null) {
			return;
		}
		outbox.enqueue(compose(to, kind, topic, reference, otherName, note, preferenceKey));
	}

	/** The message as the recipient reads it (a pure function, for tests). */
	OutgoingMessage compose(MatchingParticipant to, String kind, String topic, String reference, String otherName,
			String note, String preferenceKey) {
		Locale locale = Locale.forLanguageTag(to.language());
		String url = baseUrl + "/events/" + to.eventCode() + "/matching?lang=" + to.language();
		String preference = preferenceKey == null ? "" : messages.getMessage(preferenceKey, null, preferenceKey, locale);
		Object[] args = { to.contactName(), otherName, to.eventCode(), note, preference, url };
		String subject = messages.getMessage("matching.core.mail." + kind + ".subject", args, locale);
		String body = messages.getMessage("matching.core.mail." + kind + ".body", args, locale);
		return OutgoingMessage.text(to.email(), locale, subject, body, topic, reference);
	}
}
