package id.canting.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import id.canting.notification.MessagePart;
import id.canting.notification.OutgoingMessage;

/** The outbox tables, read and written with plain SQL. */
@Component
class OutboxStore {

	static final String INLINE = "INLINE";
	static final String ATTACHMENT = "ATTACHMENT";

	private final JdbcClient jdbc;

	OutboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(OutgoingMessage message, Instant now) {
		var keys = new GeneratedKeyHolder();
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				insert into notification_message (recipient, language, subject, text_body, html_body, topic, reference,
				  status, attempts, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
			.params(message.recipient().strip(), message.language().toLanguageTag(), message.subject().strip(),
					message.textBody(), blankToNull(message.htmlBody()), message.topic(), blankToNull(message.reference()),
					at, at)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		int position = 0;
		for (MessagePart part : message.inlineParts()) {
			insertPart(id, position++, INLINE, part);
		}
		for (MessagePart part : message.attachments()) {
			insertPart(id, position++, ATTACHMENT, part);
		}
		return id;
	}

	private void insertPart(long messageId, int position, String disposition, MessagePart part) {
		jdbc.sql("""
				insert into notification_part (message_id, position, disposition, name, content_type, size_bytes, content)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(messageId, position, disposition, part.name(), part.contentType(), part.content().length, part.content())
			.update();
	}

	static Locale locale(String tag) {
		return Locale.forLanguageTag(tag);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The parts of a message in their order, with their content (null once purged). */
	List<StoredPart> parts(long messageId) {
		return jdbc.sql("""
				select position, disposition, name, content_type, size_bytes, content from notification_part
				where message_id = ? order by position""")
			.param(messageId)
			.query((rs, row) -> new StoredPart(rs.getInt("position"), INLINE.equals(rs.getString("disposition")),
					rs.getString("name"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getBytes("content")))
			.list();
	}

	/** One stored part of a message. */
	record StoredPart(int position, boolean inline, String name, String contentType, int size, byte[] content) {
	}
}
