package id.canting.notification;

import static id.canting.notification.OutgoingMessageMother.aMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingModuleTest;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The outbox on its own, on an empty database: a message is written in its caller's transaction
 * with its parts, waits PENDING, and a message that breaks a rule is refused naming the field and
 * writes nothing.
 */
@CantingModuleTest
class OutboxModuleTests {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void emptyTheOutbox() {
		jdbc.sql("delete from notification_part").update();
		jdbc.sql("delete from notification_message").update();
	}

	@Test
	void aMessageWaitsPendingWithItsPartsInOrder() {
		OutboxMessageId id = outbox.enqueue(aMessage().to("sari@example.id")
			.in(Locale.ENGLISH)
			.subject("Your ticket")
			.text("See you there.")
			.html("<p>See you there.</p><img src=\"cid:qr.png\">")
			.withInlineImage("qr.png")
			.withAttachment("hbn-2024.ics", "text/calendar; charset=UTF-8; method=PUBLISH", "BEGIN:VCALENDAR")
			.topic("event.ticket")
			.reference("TKT-7Q2M")
			.build());

		assertThat(jdbc.sql("""
				select recipient, language, subject, status, attempts, topic, reference from notification_message
				where id = ?""").param(id.value())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7)))
			.single()).containsExactly("sari@example.id", "en", "Your ticket", "PENDING", "0", "event.ticket", "TKT-7Q2M");
		assertThat(jdbc.sql("select name, disposition, content_type, size_bytes from notification_part where message_id = ? order by position")
			.param(id.value()).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(4)).list())
			.containsExactly("qr.png INLINE " + OutgoingMessageMother.tinyPng().length, "hbn-2024.ics ATTACHMENT 15");
	}

	@Test
	void aMessageOfARolledBackChangeIsNeverWritten() {
		transactions.executeWithoutResult(tx -> {
			outbox.enqueue(aMessage().build());
			tx.setRollbackOnly();
		});

		assertThat(count()).isZero();
	}

	@Test
	void aMessageJoinsItsCallersTransaction() {
		transactions.executeWithoutResult(tx -> {
			outbox.enqueue(aMessage().build());
			assertThat(count()).isEqualTo(1);
		});
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void refusesWhatNoMailServerCouldDeliverNamingEachField() {
		assertThatThrownBy(() -> outbox.enqueue(aMessage().to("sari at example")
			.subject("Hello\r\nBcc: everyone@example.id")
			.text(" ")
			.topic("Programme Application")
			.withAttachment("../etc/passwd", "not a type", "x")
			.build()))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
				.extracting(FieldViolation::field, FieldViolation::messageKey)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("recipient", "validation.email"),
						org.assertj.core.groups.Tuple.tuple("subject", "notification.validation.one-line"),
						org.assertj.core.groups.Tuple.tuple("textBody", "validation.required"),
						org.assertj.core.groups.Tuple.tuple("topic", "notification.validation.topic"),
						org.assertj.core.groups.Tuple.tuple("attachments[0].name", "notification.validation.part-name"),
						org.assertj.core.groups.Tuple.tuple("attachments[0].contentType", "notification.validation.content-type")));
		assertThat(count()).isZero();
	}

	@Test
	void refusesPartsTooLargeOrTooMany() {
		OutgoingMessageMother many = aMessage();
		for (int i = 0; i < 11; i++) {
			many.withAttachment("a" + i + ".txt", "text/plain", "x");
		}
		assertThatThrownBy(() -> outbox.enqueue(many.build()))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
				.containsExactly(FieldViolation.of("attachments", "notification.validation.parts-count", 10, 11)));

		MessagePart big = new MessagePart("big.bin", "application/octet-stream", new byte[5 * 1024 * 1024 + 1]);
		assertThatThrownBy(() -> outbox.enqueue(aMessage().withAttachment(big).build()))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
				.extracting(FieldViolation::field).containsExactly("attachments[0].content"));

		assertThatThrownBy(() -> outbox.enqueue(aMessage().withInlineImage("logo.png").build()))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
				.extracting(FieldViolation::messageKey).containsExactly("notification.validation.inline-without-html"));

		assertThatThrownBy(() -> outbox.enqueue(new OutgoingMessage("sari@example.id", null, "s", "t", null, null,
				List.of(), "t", null)))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
				.extracting(FieldViolation::field).containsExactlyInAnyOrder("language", "inlineParts"));
		assertThat(count()).isZero();
	}

	private long count() {
		return jdbc.sql("select count(*) from notification_message").query(Long.class).single();
	}
}
