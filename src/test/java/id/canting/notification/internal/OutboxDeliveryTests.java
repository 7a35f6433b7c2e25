package id.canting.notification.internal;

import static id.canting.notification.OutgoingMessageMother.aMessage;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.canting.CantingModuleTest;
import id.canting.notification.CalendarInvite;
import id.canting.notification.Outbox;
import id.canting.notification.OutboxMessageId;
import id.canting.notification.OutgoingMessageMother;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The outbox delivered to a real SMTP server in the test's JVM (GreenMail), read back as a mail
 * client reads it; two senders as two nodes; a server that refuses, retried with backoff until given
 * up; a node that dies mid-send taken over after its claim timeout.
 */
@CantingModuleTest
class OutboxDeliveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxStore store;

	@Autowired
	JdbcClient jdbc;

	MovableClock clock = new MovableClock(Instant.parse("2024-10-01T02:00:00Z"));

	DeliverySettings settings = new DeliverySettings("Canting <no-reply@canting.test>", 20, Duration.ofMinutes(5),
			Duration.ofMinutes(1), Duration.ofMinutes(4), 3, Duration.ofDays(30));

	@BeforeEach
	@AfterEach
	void emptyTheOutbox() {
		jdbc.sql("delete from notification_part").update();
		jdbc.sql("delete from notification_message").update();
	}

	@Test
	void aMessageArrivesAsAMailClientSeesItWithItsInlineImageAndAttachment() throws Exception {
		var invite = CalendarInvite.of("tkt-7q2m@canting", "Workshop pewarna alam", "Jakarta Convention Center",
				java.time.ZonedDateTime.of(2024, 10, 3, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta")),
				java.time.ZonedDateTime.of(2024, 10, 3, 12, 0, 0, 0, ZoneId.of("Asia/Jakarta")), "Tiket TKT-7Q2M",
				"http://localhost:8080/events/HBN-2024");
		OutboxMessageId id = enqueueNow(aMessage().to("sari@example.id")
			.in(Locale.forLanguageTag("id"))
			.subject("Tiket Anda: Workshop pewarna alam")
			.text("Tunjukkan kode QR ini di pintu masuk.")
			.html("<p>Tunjukkan kode QR ini di pintu masuk.</p><img src=\"cid:qr.png\" alt=\"QR\">")
			.withInlineImage("qr.png")
			.withAttachment(invite)
			.topic("event.ticket")
			.reference("TKT-7Q2M"));

		assertThat(sender().send(mailServer())).isEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly("sari@example.id");
		assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("Canting <no-reply@canting.test>");
		assertThat(mail.getSubject()).isEqualTo("Tiket Anda: Workshop pewarna alam");
		assertThat(mail.getHeader("Content-Language")).containsExactly("id");

		List<Part> leaves = new ArrayList<>();
		collect(mail, leaves);
		assertThat(leaves).anySatisfy(part -> {
			assertThat(part.isMimeType("text/plain")).isTrue();
			assertThat((String) part.getContent()).contains("Tunjukkan kode QR");
		});
		assertThat(leaves).anySatisfy(part -> {
			assertThat(part.isMimeType("text/html")).isTrue();
			assertThat((String) part.getContent()).contains("src=\"cid:qr.png\"");
		});
		assertThat(leaves).anySatisfy(part -> {
			assertThat(part.isMimeType("image/png")).isTrue();
			assertThat(part.getHeader("Content-ID")).containsExactly("<qr.png>");
			assertThat(Part.INLINE).isEqualToIgnoringCase(part.getDisposition());
			assertThat(bytes(part)).isEqualTo(OutgoingMessageMother.tinyPng());
		});
		assertThat(leaves).anySatisfy(part -> {
			assertThat(part.isMimeType("text/calendar")).isTrue();
			assertThat(part.getFileName()).isEqualTo(invite.name());
			assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(part.getDisposition());
			assertThat(new String(bytes(part), StandardCharsets.UTF_8)).contains("SUMMARY:Workshop pewarna alam")
				.contains("DTSTART:20241003T020000Z");
		});
		// the html's image is related to it: both inside one multipart/related
		assertThat(mail.getContentType()).startsWith("multipart/mixed");

		StoredMessage stored = store.find(id.value()).orElseThrow();
		assertThat(stored.status()).isEqualTo(MessageStatus.SENT);
		assertThat(stored.attempts()).isEqualTo(1);
		assertThat(stored.sentAt()).isEqualTo(clock.instant());
		assertThat(sender().send(mailServer())).as("sent once only").isZero();
	}

	@Test
	void aPlainTextMessageIsOneTextPartInUtf8() throws Exception {
		enqueueNow(aMessage().in(Locale.ENGLISH).subject("Your application was returned — see why").text("Kain ✓ batik"));

		sender().send(mailServer());

		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo("Your application was returned — see why");
		assertThat(mail.isMimeType("text/plain")).isTrue();
		assertThat((String) mail.getContent()).contains("Kain ✓ batik");
		assertThat(mail.getHeader("Content-Language")).containsExactly("en");
	}

	@Test
	void twoNodesSendingAtOnceNeverDeliverAMessageTwice() throws Exception {
		int messages = 40;
		for (int i = 0; i < messages; i++) {
			enqueueNow(aMessage().to("peserta" + i + "@example.id").reference("R" + i));
		}
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> node = () -> {
				OutboxSender sender = sender();
				JavaMailSenderImpl mail = mailServer();
				int total = 0;
				for (int round = 0; round < 10; round++) {
					total += sender.send(mail);
				}
				return total;
			};
			Future<Integer> first = nodes.submit(node);
			Future<Integer> second = nodes.submit(node);
			assertThat(first.get() + second.get()).isEqualTo(messages);
		}
		finally {
			nodes.shutdownNow();
		}

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(messages);
		assertThat(Arrays.stream(received).map(OutboxDeliveryTests::messageId).distinct()).hasSize(messages);
		assertThat(jdbc.sql("select count(*) from notification_message where status = 'SENT' and attempts = 1")
			.query(Long.class).single()).isEqualTo(messages);
	}

	@Test
	void aRefusingServerIsRetriedWithBackoffThenGivenUpAndAnAdminRetrySendsIt() throws Exception {
		OutboxMessageId id = enqueueNow(aMessage());
		JavaMailSenderImpl down = unreachableServer();

		assertThat(sender().send(down)).isZero();
		StoredMessage failed = store.find(id.value()).orElseThrow();
		assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(failed.lastError()).isNotBlank();

		assertThat(sender().send(down)).as("not due before its next attempt").isZero();
		assertThat(store.find(id.value()).orElseThrow().attempts()).isEqualTo(1);

		clock.advance(Duration.ofMinutes(1));
		sender().send(down);
		assertThat(store.find(id.value()).orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

		clock.advance(Duration.ofMinutes(2));
		sender().send(down);
		StoredMessage gaveUp = store.find(id.value()).orElseThrow();
		assertThat(gaveUp.status()).isEqualTo(MessageStatus.GAVE_UP);
		assertThat(gaveUp.attempts()).isEqualTo(3);

		clock.advance(Duration.ofDays(1));
		assertThat(sender().send(down)).isZero();
		assertThat(store.find(id.value()).orElseThrow().attempts()).as("a given-up message is not tried again").isEqualTo(3);

		assertThat(store.retry(id.value(), clock.instant())).isTrue();
		assertThat(sender().send(mailServer())).isEqualTo(1);
		assertThat(store.find(id.value()).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(store.retry(id.value(), clock.instant())).as("a sent message is not retried").isFalse();
	}

	@Test
	void aNodeThatDiedMidSendIsTakenOverAfterItsClaimTimeout() {
		OutboxMessageId id = enqueueNow(aMessage());
		assertThat(store.claim(id.value(), "dead-node", clock.instant(), clock.instant().plus(settings.claimTimeout))).isTrue();

		assertThat(sender().send(mailServer())).as("still claimed").isZero();

		clock.advance(settings.claimTimeout.plusSeconds(1));
		assertThat(sender().send(mailServer())).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(store.find(id.value()).orElseThrow().attempts()).isEqualTo(2);
		assertThat(store.sent(id.value(), "dead-node", clock.instant())).as("the dead node's claim is gone").isFalse();
	}

	@Test
	void afterRetentionASentMessageKeepsItsRowButNotItsPersonalData() throws Exception {
		OutboxMessageId id = enqueueNow(aMessage().to("sari.wulandari@example.id")
			.withAttachment("ticket.ics", "text/calendar", "BEGIN:VCALENDAR"));
		OutboxMessageId waiting = enqueueNow(aMessage());
		jdbc.sql("update notification_message set status = 'SENT', sent_at = ? where id = ?")
			.params(java.sql.Timestamp.from(clock.instant()), id.value()).update();

		clock.advance(Duration.ofDays(31));
		assertThat(new OutboxRetention(store, settings, clock).purge()).isEqualTo(1);

		StoredMessage purged = store.find(id.value()).orElseThrow();
		assertThat(purged.recipient()).isEqualTo("s***@example.id");
		assertThat(purged.textBody()).isNull();
		assertThat(purged.purged()).isTrue();
		assertThat(purged.subject()).isEqualTo("Permohonan Anda disetujui");
		assertThat(store.parts(id.value())).singleElement().satisfies(part -> {
			assertThat(part.name()).isEqualTo("ticket.ics");
			assertThat(part.content()).isNull();
		});
		assertThat(store.find(waiting.value()).orElseThrow().purged()).as("a message not yet sent keeps its data").isFalse();
		assertThat(new OutboxRetention(store, settings, clock).purge()).isZero();
	}

	private OutboxMessageId enqueueNow(OutgoingMessageMother message) {
		OutboxMessageId id = outbox.enqueue(message.build());
		// the outbox stamps the real time; the senders here run on the test's clock
		jdbc.sql("update notification_message set created_at = ?, next_attempt_at = ? where id = ?")
			.params(java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant()), id.value())
			.update();
		return id;
	}

	private OutboxSender sender() {
		return new OutboxSender(store, null, settings, clock);
	}

	private static JavaMailSenderImpl mailServer() {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(smtp.getSmtp().getPort());
		mail.setDefaultEncoding("UTF-8");
		return mail;
	}

	private static JavaMailSenderImpl unreachableServer() throws IOException {
		int port;
		try (var socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "2000");
		mail.setJavaMailProperties(properties);
		return mail;
	}

	private static String messageId(MimeMessage mail) {
		try {
			return mail.getHeader("X-Canting-Message")[0];
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void collect(Part part, List<Part> leaves) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, leaves);
			}
		}
		else {
			leaves.add(part);
		}
	}

	private static byte[] bytes(Part part) throws IOException, MessagingException {
		var out = new ByteArrayOutputStream();
		part.getDataHandler().writeTo(out);
		return out.toByteArray();
	}

	/** A clock the test moves by hand. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
