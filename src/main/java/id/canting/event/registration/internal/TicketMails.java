package id.canting.event.registration.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import id.canting.event.EventView;
import id.canting.event.SessionView;
import id.canting.event.RegistrationStatus;
import id.canting.notification.CalendarInvite;
import id.canting.notification.MessagePart;
import id.canting.notification.Outbox;
import id.canting.notification.OutgoingMessage;
import id.canting.shared.QrCode;

/**
 * The registrant's mails, written to the outbox in the transaction of the change, in the language of
 * the page they registered on, when they gave an e-mail: the ticket (HTML with the QR inline, a
 * plain-text alternative and a calendar invitation), a seat after the waitlist, a cancellation.
 */
@Component
class TicketMails {

	private static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");

	static final String TOPIC_TICKET = "event.ticket";
	static final String TOPIC_PROMOTED = "event.ticket-promoted";
	static final String TOPIC_CANCELLED = "event.ticket-cancelled";

	private final Outbox outbox;
	private final MessageSource messages;
	private final String baseUrl;
	private final Clock clock;

	TicketMails(Outbox outbox, MessageSource messages, @Value("${canting.public-base-url}") String baseUrl, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock;
	}

	void ticket(RegistrationView view) {
		send(view, view.registration().status() == RegistrationStatus.CONFIRMED ? "confirmed" : "waitlisted",
				TOPIC_TICKET, true);
	}

	void promoted(RegistrationView view) {
		send(view, "promoted", TOPIC_PROMOTED, true);
	}

	void cancelled(RegistrationView view) {
		send(view, "cancelled", TOPIC_CANCELLED, false);
	}

	private void send(RegistrationView view, String kind, String topic, boolean withTicket) {
		Registration r = view.registration();
		if (r.email() == null || view.event() == null || view.session() == null) {
			return;
		}
		outbox.enqueue(compose(view, kind, topic, withTicket));
	}

	/** The message as the registrant reads it (a pure function of the registration, for tests). */
	OutgoingMessage compose(RegistrationView view, String kind, String topic, boolean withTicket) {
		Registration r = view.registration();
		Locale locale = Locale.forLanguageTag(r.language());
		boolean english = "en".equals(r.language());
		EventView event = view.event();
		SessionView session = view.session();
		String url = baseUrl + "/tickets/" + r.ticket().value() + "?lang=" + r.language();
		String title = session.title(english);
		String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).format(session.startsAt()) + "–"
				+ DateTimeFormatter.ofPattern("HH:mm", locale).format(session.endsAt()) + " WIB";
		Object[] args = { r.name(), event.name(), title, when, session.room() + ", " + event.venue() + ", " + event.city(),
				r.ticket().grouped(), url, view.waitlistPosition() == null ? 0 : view.waitlistPosition() };
		String subject = message("event.registration.mail." + kind + ".subject", args, locale);
		String body = message("event.registration.mail." + kind + ".body", args, locale);
		String text = body + "\n\n" + message("event.registration.mail.link", args, locale) + "\n";
		List<MessagePart> inline = new ArrayList<>();
		List<MessagePart> attachments = new ArrayList<>();
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(r.language())
			.append("\"><body style=\"font-family:sans-serif\"><p>")
			.append(HtmlUtils.htmlEscape(body).replace("\n", "<br>"))
			.append("</p>");
		if (withTicket) {
			inline.add(new MessagePart("ticket-qr.png", "image/png", QrCode.of(url).png(6)));
			html.append("<p><img src=\"cid:ticket-qr.png\" alt=\"")
				.append(HtmlUtils.htmlEscape(r.ticket().grouped()))
				.append("\" width=\"200\" height=\"200\"></p>");
			if (r.status() == RegistrationStatus.CONFIRMED) {
				attachments.add(CalendarInvite.of(r.ticket().value() + "@canting", event.name() + " — " + title,
						session.room() + ", " + event.venue() + ", " + event.city(), session.startsAt().atZone(WIB),
						session.endsAt().atZone(WIB), url, url, clock.instant()));
			}
		}
		html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">")
			.append(HtmlUtils.htmlEscape(message("event.registration.mail.open", args, locale)))
			.append("</a></p></body></html>");
		return new OutgoingMessage(r.email(), locale, subject, text, html.toString(), inline, attachments, topic,
				r.ticket().value());
	}

	private String message(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, locale);
	}
}
