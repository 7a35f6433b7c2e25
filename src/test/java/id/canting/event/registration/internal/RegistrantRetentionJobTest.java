package id.canting.event.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.event.SessionView;
import id.canting.event.internal.EventManagement;
import id.canting.event.registration.EventFixture;

/**
 * Registrants of an event that ended more than the retention period (12 months) ago lose their
 * personal data; those of a recent event keep it; a second run finds nothing left (safe on two nodes);
 * a run that anonymised anything is one audit entry.
 */
@CantingTest
@Transactional
class RegistrantRetentionJobTest {

	@Autowired
	RegistrantRetentionJob job;

	@Autowired
	EventManagement events;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	TicketCodes codes;

	@Autowired
	JdbcClient jdbc;

	Registration registrant(SessionView session, String email) {
		return repository.save(Registration.register(new RegistrantDetails("Sari", email, "+6281234567890", "Sanggar",
				AgeGroup.AGE_15_30, ConsentStatement.VERSION, "id"), codes.next(), session.eventCode(), session.id(), true,
				Instant.now()));
	}

	@Test
	void personalDataGoesTwelveMonthsAfterTheEventAndOnlyOnce() {
		SessionView old = EventFixture.publishedWorkshop(events, "UJI-LAMA", -400, 10);
		SessionView recent = EventFixture.publishedWorkshop(events, "UJI-BARU", -30, 10);
		Registration gone = registrant(old, "lama@example.org");
		Registration kept = registrant(recent, "baru@example.org");
		long auditBefore = audits();

		assertThat(job.run()).isGreaterThanOrEqualTo(1);
		Registration anonymised = repository.findById(gone.id()).orElseThrow();
		assertThat(anonymised.name()).isEqualTo("-");
		assertThat(anonymised.email()).isNull();
		assertThat(anonymised.phone()).isNull();
		assertThat(anonymised.organisation()).isNull();
		assertThat(anonymised.anonymisedAt()).isNotNull();
		assertThat(anonymised.ageGroup()).isEqualTo(AgeGroup.AGE_15_30);
		assertThat(repository.findById(kept.id()).orElseThrow().email()).isEqualTo("baru@example.org");
		assertThat(audits()).isEqualTo(auditBefore + 1);

		assertThat(job.run()).isZero();
		assertThat(audits()).isEqualTo(auditBefore + 1);
	}

	long audits() {
		return jdbc.sql("select count(*) from audit_entry where entity_type = 'event_registration' and action = 'ANONYMISED'")
			.query(Long.class).single();
	}
}
