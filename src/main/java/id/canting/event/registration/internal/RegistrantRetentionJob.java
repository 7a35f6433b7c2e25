package id.canting.event.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.RegistrantsAnonymised;

/**
 * Blanks registrants' personal data (name, e-mail, phone, organisation) once
 * {@code canting.event.registrant-retention} (default P12M) has passed since their event's last day;
 * status, age group and check-in stay for the figures. Every night in Jakarta; safe on several nodes:
 * the update touches only rows not yet anonymised, so a second node finds nothing left, and a run that
 * blanked anything is audited as one entry.
 */
@Component
public class RegistrantRetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RegistrantRetentionJob.class);
	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final Events events;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;
	private final Period retention;

	RegistrantRetentionJob(Events events, JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock,
			@Value("${canting.event.registrant-retention:P12M}") Period retention) {
		this.events = events;
		this.jdbc = jdbc;
		this.publisher = publisher;
		this.clock = clock;
		this.retention = retention;
	}

	/** Runs once; returns how many registrations this run anonymised. */
	@Scheduled(cron = "${canting.event.retention-cron:0 30 1 * * *}", zone = "Asia/Jakarta")
	@Transactional
	public int run() {
		LocalDate cutOff = LocalDate.now(clock.withZone(WIB)).minus(retention);
		int count = 0;
		for (EventView event : events.list()) {
			if (event.endDate().isBefore(cutOff)) {
				count += jdbc.sql("""
						update event_registration set name = :blank, email = null, phone = null, organisation = null,
						anonymised_at = :now where event_code = :event and anonymised_at is null""")
					.param("blank", Registration.ANONYMISED)
					.param("now", java.sql.Timestamp.from(clock.instant()))
					.param("event", event.code().value())
					.update();
			}
		}
		if (count > 0) {
			publisher.publishEvent(new RegistrantsAnonymised(count, cutOff.minusDays(1), retention.toString()));
			log.info("Registrants anonymised: {} (events ended before {})", count, cutOff);
		}
		return count;
	}
}
