package id.canting.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.MimeMessage;

/**
 * Delivers the outbox through the SMTP server of the {@code spring.mail.*} properties. Without
 * {@code spring.mail.host} there is no mail sender and messages stay PENDING, visible to admins.
 * <p>
 * Every node runs this. A round lists claimable messages and claims each with one conditional update
 * (its own token), so two nodes never send the same message; the claim holds for the claim timeout,
 * after which a node that died mid-send is taken over by another. Each claim and each outcome is its
 * own short transaction: no database connection waits on the SMTP server. A message whose node died
 * after the server accepted it but before it was marked SENT is sent again (at least once, never lost).
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxStore store;
	private final ObjectProvider<JavaMailSender> mailSenders;
	private final DeliverySettings settings;
	private final Clock clock;

	OutboxSender(OutboxStore store, ObjectProvider<JavaMailSender> mailSenders, DeliverySettings settings, Clock clock) {
		this.store = store;
		this.mailSenders = mailSenders;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${canting.notification.send-interval:PT30S}",
			initialDelayString = "${canting.notification.send-initial-delay:PT20S}")
	void sendDue() {
		JavaMailSender mail = mailSenders.getIfAvailable();
		if (mail != null) {
			send(mail);
		}
	}

	/** One round through the given server: claims and sends what is due; how many were sent. */
	int send(JavaMailSender mail) {
		int sent = 0;
		List<Long> due = store.claimable(clock.instant(), settings.batchSize);
		for (long id : due) {
			String token = UUID.randomUUID().toString();
			Instant now = clock.instant();
			if (store.claim(id, token, now, now.plus(settings.claimTimeout))) {
				sent += deliver(mail, id, token) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean deliver(JavaMailSender mail, long id, String token) {
		StoredMessage message = store.find(id).orElseThrow();
		try {
			MimeMessage mime = MailComposer.compose(mail, settings.from, message, store.parts(id),
					Date.from(clock.instant()));
			mail.send(mime);
		}
		catch (Exception e) {
			Optional<java.time.Duration> wait = settings.backoff.after(message.attempts());
			Instant next = wait.map(clock.instant()::plus).orElse(null);
			store.failed(id, token, describe(e), next);
			log.warn("Message {} ({}) failed attempt {}: {}{}", id, message.topic(), message.attempts(), describe(e),
					next == null ? "; given up" : "; next attempt at " + next);
			return false;
		}
		if (!store.sent(id, token, clock.instant())) {
			log.warn("Message {} was sent after its claim expired; another node may send it again", id);
		}
		return true;
	}

	/** The innermost cause's message: what the SMTP server or the network said. */
	private static String describe(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return text.strip();
	}
}
