package id.canting.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

	/** Messages a sender may claim now: due ones, and those whose claim expired (their node stopped). */
	List<Long> claimable(Instant now, int limit) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql("""
				select id from notification_message
				where (status in ('PENDING', 'FAILED') and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?)
				order by next_attempt_at, id fetch first ? rows only""")
			.params(at, at, limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Claims a message for one attempt, if it is still claimable: one conditional update, so of two
	 * nodes claiming the same message exactly one changes the row. The attempt is counted now, so an
	 * attempt whose node died counts too.
	 */
	boolean claim(long id, String token, Instant now, Instant until) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql("""
				update notification_message set status = 'SENDING', claim_token = ?, claimed_until = ?, attempts = attempts + 1
				where id = ? and ((status in ('PENDING', 'FAILED') and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))""")
			.params(token, Timestamp.from(until), id, at, at)
			.update() == 1;
	}

	/** The server accepted it; false when the claim was lost meanwhile (it outlived its timeout). */
	boolean sent(long id, String token, Instant now) {
		return jdbc.sql("""
				update notification_message set status = 'SENT', sent_at = ?, claim_token = null, claimed_until = null,
				  last_error = null where id = ? and claim_token = ? and status = 'SENDING'""")
			.params(Timestamp.from(now), id, token)
			.update() == 1;
	}

	/** The attempt failed: FAILED with its next attempt, or GAVE_UP when {@code next} is null. */
	boolean failed(long id, String token, String error, Instant next) {
		return jdbc.sql("""
				update notification_message set status = ?, next_attempt_at = coalesce(?, next_attempt_at), last_error = ?,
				  claim_token = null, claimed_until = null where id = ? and claim_token = ? and status = 'SENDING'""")
			.params(next == null ? "GAVE_UP" : "FAILED", next == null ? null : Timestamp.from(next),
					truncate(error, 1000), id, token)
			.update() == 1;
	}

	/** Puts a FAILED or GAVE_UP message back in the queue, due now; false for any other status. */
	boolean retry(long id, Instant now) {
		return jdbc.sql("""
				update notification_message set status = 'PENDING', next_attempt_at = ?
				where id = ? and status in ('FAILED', 'GAVE_UP')""")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	/**
	 * Messages past retention (sent, or given up, before {@code before}) whose personal data is still
	 * stored: their ids and recipients, at most {@code limit}.
	 */
	List<Map.Entry<Long, String>> toPurge(Instant before, int limit) {
		Timestamp at = Timestamp.from(before);
		return jdbc.sql("""
				select id, recipient from notification_message
				where purged_at is null and ((status = 'SENT' and sent_at < ?) or (status = 'GAVE_UP' and created_at < ?))
				order by id fetch first ? rows only""")
			.params(at, at, limit)
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("recipient")))
			.list();
	}

	/** Drops a message's bodies and part contents and masks its recipient; the row and part names stay. */
	void purge(long id, String maskedRecipient, Instant now) {
		jdbc.sql("""
				update notification_message set recipient = ?, text_body = null, html_body = null, purged_at = ?
				where id = ? and purged_at is null""")
			.params(maskedRecipient, Timestamp.from(now), id)
			.update();
		jdbc.sql("update notification_part set content = null where message_id = ?").param(id).update();
	}

	Optional<StoredMessage> find(long id) {
		return jdbc.sql("select * from notification_message where id = ?").param(id).query(this::message).optional();
	}

	/** A page of messages, newest first, of one status or all. */
	List<StoredMessage> list(MessageStatus status, String topic, long offset, int size) {
		return jdbc.sql("select * from notification_message" + where(status, topic)
				+ " order by created_at desc, id desc offset :offset rows fetch next :size rows only")
			.params(filter(status, topic))
			.param("offset", offset)
			.param("size", size)
			.query(this::message)
			.list();
	}

	long count(MessageStatus status, String topic) {
		return jdbc.sql("select count(*) from notification_message" + where(status, topic))
			.params(filter(status, topic))
			.query(Long.class)
			.single();
	}

	/** How many messages have each status. */
	Map<MessageStatus, Long> countByStatus() {
		Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
		jdbc.sql("select status, count(*) as n from notification_message group by status")
			.query((rs, row) -> counts.put(MessageStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	private static String where(MessageStatus status, String topic) {
		List<String> conditions = new ArrayList<>();
		if (status != null) {
			conditions.add("status = :status");
		}
		if (topic != null) {
			conditions.add("topic = :topic");
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static Map<String, Object> filter(MessageStatus status, String topic) {
		Map<String, Object> params = new HashMap<>();
		if (status != null) {
			params.put("status", status.name());
		}
		if (topic != null) {
			params.put("topic", topic);
		}
		return params;
	}

	private StoredMessage message(ResultSet rs, int row) throws SQLException {
		return new StoredMessage(rs.getLong("id"), rs.getString("recipient"), locale(rs.getString("language")),
				rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"), rs.getString("topic"),
				rs.getString("reference"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"),
				instant(rs, "purged_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** One stored part of a message. */
	record StoredPart(int position, boolean inline, String name, String contentType, int size, byte[] content) {
	}
}
