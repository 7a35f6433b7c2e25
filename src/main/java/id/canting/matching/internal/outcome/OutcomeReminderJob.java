package id.canting.matching.internal.outcome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.event.Events;
import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.ParticipantSide;
import id.canting.notification.Outbox;
import id.canting.notification.OutgoingMessage;
import id.canting.shared.web.Dates;

/**
 * Reminds each side of a held meeting to report its outcome when a checkpoint has opened and the side
 * has not reported at it: one e-mail per meeting, side and checkpoint, for the latest checkpoint open
 * (not for one that opened more than {@code canting.matching.outcome-reminder-window}, default 14 days,
 * ago: an event long past is not woken up). Every morning in Jakarta. Safe on several nodes: each
 * reminder is its own transaction that first inserts its row in {@code matching_outcome_reminder}; the
 * primary key lets only one node's insert through, and the message is written in the same transaction.
 * The message is in the participant's language.
 */
@Component
public class OutcomeReminderJob {

	private static final Logger log = LoggerFactory.getLogger(OutcomeReminderJob.class);
	static final String TOPIC = "matching.outcome-reminder";

	private final JdbcClient jdbc;
	private final Outbox outbox;
	private final MessageSource messages;
	private final Events events;
	private final TransactionTemplate transaction;
	private final Duration window;
	private final String baseUrl;
	private final Clock clock;

	OutcomeReminderJob(JdbcClient jdbc, Outbox outbox, MessageSource messages, Events events,
			TransactionTemplate transaction,
			@Value("${canting.matching.outcome-reminder-window:P14D}") Duration window,
			@Value("${canting.public-base-url}") String baseUrl, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.messages = messages;
		this.events = events;
		this.transaction = transaction;
		this.window = window;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock;
	}

	/** A reminder to write: the side's address and names for the text. */
	record Due(long meetingId, String eventCode, ParticipantSide side, OutcomeCheckpoint checkpoint, String email,
			String language, String company, String counterpart, LocalDateTime slotStart) {

		Due at(OutcomeCheckpoint c) {
			return new Due(meetingId, eventCode, side, c, email, language, company, counterpart, slotStart);
		}
	}

	/** Runs once; returns how many reminders this run wrote. */
	@Scheduled(cron = "${canting.matching.outcome-reminder-cron:0 0 8 * * *}", zone = "Asia/Jakarta")
	public int run() {
		int sent = 0;
		for (Due due : due(events.now())) {
			try {
				Boolean written = transaction.execute(status -> {
					jdbc.sql("insert into matching_outcome_reminder (meeting_id, side, checkpoint, sent_at) values (?, ?, ?, ?)")
						.params(due.meetingId(), due.side().name(), due.checkpoint().name(),
								Timestamp.from(clock.instant()))
						.update();
					outbox.enqueue(message(due));
					return true;
				});
				if (Boolean.TRUE.equals(written)) {
					sent++;
				}
			}
			catch (DataIntegrityViolationException e) {
				// another node wrote this reminder first
			}
		}
		if (sent > 0) {
			log.info("Outcome reminders written: {}", sent);
		}
		return sent;
	}

	/** The reminders due at {@code now}: held meetings, each side with an e-mail, latest open checkpoint unreported. */
	List<Due> due(LocalDateTime now) {
		List<Due> due = new ArrayList<>();
		jdbc.sql("""
				select m.id, m.event_code, s.starts_at, s.ends_at, b.company_name as buyer, b.email as buyer_email,
				       b.language as buyer_language, e.company_name as seller, e.email as seller_email,
				       e.language as seller_language
				from matching_meeting m join matching_slot s on s.id = m.slot_id
				join matching_participant b on b.id = m.buyer_id join matching_participant e on e.id = m.seller_id
				where m.status = 'HELD' and s.starts_at >= ?""")
			.param(now.minusMonths(7))
			.query(rs -> {
				LocalDateTime start = rs.getObject("starts_at", LocalDateTime.class);
				LocalDateTime end = rs.getObject("ends_at", LocalDateTime.class);
				long id = rs.getLong("id");
				String event = rs.getString("event_code");
				Due buyer = new Due(id, event, ParticipantSide.BUYER, null, rs.getString("buyer_email"),
						rs.getString("buyer_language"), rs.getString("buyer"), rs.getString("seller"), start);
				Due seller = new Due(id, event, ParticipantSide.SELLER, null, rs.getString("seller_email"),
						rs.getString("seller_language"), rs.getString("seller"), rs.getString("buyer"), start);
				OutcomeCheckpoints.latestOpen(start, end, now)
					.filter(c -> !OutcomeCheckpoints.opensAt(c, start, end).isBefore(now.minus(window)))
					.ifPresent(c -> {
						add(due, buyer.at(c));
						add(due, seller.at(c));
					});
			});
		return due.stream().filter(d -> !reportedOrReminded(d)).toList();
	}

	private static void add(List<Due> due, Due one) {
		if (one.email() != null && !one.email().isBlank()) {
			due.add(one);
		}
	}

	private boolean reportedOrReminded(Due d) {
		return jdbc.sql("""
				select (select count(*) from matching_outcome where meeting_id = :m and side = :s and checkpoint = :c)
				     + (select count(*) from matching_outcome_reminder where meeting_id = :m and side = :s and checkpoint = :c)""")
			.param("m", d.meetingId()).param("s", d.side().name()).param("c", d.checkpoint().name())
			.query(Long.class).single() > 0;
	}

	/** The reminder as its reader gets it, in their language (Indonesian unless they chose English). */
	OutgoingMessage message(Due d) {
		Locale locale = "en".equals(d.language()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
		String url = baseUrl + "/events/" + d.eventCode() + "/matching/outcomes?lang=" + locale.getLanguage();
		Object[] args = { d.company(), d.counterpart(), Dates.date(d.slotStart().toLocalDate(), locale),
				messages.getMessage("matching.outcome.checkpoint." + d.checkpoint().name(), null, locale), url };
		String subject = messages.getMessage("matching.outcome.mail.subject", args, locale);
		String body = messages.getMessage("matching.outcome.mail.body", args, locale) + "\n";
		return OutgoingMessage.text(d.email(), locale, subject, body, TOPIC,
				d.meetingId() + "/" + d.side() + "/" + d.checkpoint());
	}
}
