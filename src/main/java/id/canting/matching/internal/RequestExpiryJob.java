package id.canting.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.matching.MatchingActivity;
import id.canting.matching.MeetingRequestExpired;

/**
 * Marks PENDING requests past their expiry EXPIRED, so unanswered requests block no one (the pages
 * and the rules already read them as expired; this makes it so for the figures and the audit trail).
 * Every 10 minutes; safe on several nodes: each request is updated only while it is still PENDING, so
 * of two nodes racing, one finds nothing left to update and publishes nothing for it.
 */
@Component
public class RequestExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(RequestExpiryJob.class);
	private static final int BATCH = 500;

	private final MeetingRequestRepository requests;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	RequestExpiryJob(MeetingRequestRepository requests, JdbcClient jdbc, ApplicationEventPublisher publisher,
			Clock clock) {
		this.requests = requests;
		this.jdbc = jdbc;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Runs once; returns how many requests this run marked EXPIRED. */
	@Scheduled(cron = "${canting.matching.expiry-cron:0 */10 * * * *}", zone = "Asia/Jakarta")
	@Transactional
	public int run() {
		Instant now = clock.instant();
		int count = 0;
		for (MeetingRequest due : requests.findDue(now, BATCH)) {
			int updated = jdbc.sql("""
					update matching_request set status = 'EXPIRED', open_pair = null, version = version + 1
					where id = :id and status = 'PENDING'""")
				.param("id", due.id().value())
				.update();
			if (updated == 1) {
				count++;
				publisher.publishEvent(new MeetingRequestExpired(new EventCode(due.eventCode()), due.id(), due.from(),
						due.to()));
				publisher.publishEvent(new MatchingActivity("matching_request", String.valueOf(due.id().value()),
						due.eventCode(), null, "EXPIRED", null, "system"));
			}
		}
		if (count > 0) {
			log.info("Meeting requests expired: {}", count);
		}
		return count;
	}
}
