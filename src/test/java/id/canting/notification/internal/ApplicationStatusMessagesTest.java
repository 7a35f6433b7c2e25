package id.canting.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.certification.batikmark.internal.CertificationApplicationId;
import id.canting.certification.batikmark.internal.CertificationApplications;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * On the demo data: a status change of a programme or Batikmark application writes, in its own
 * transaction, a message to the IKM's contact address in Indonesian, with the programme or brand,
 * the new status as a label, the reason and a link to the application. Each test rolls back.
 */
@CantingTest
@Transactional
class ApplicationStatusMessagesTest {

	static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Set.of());

	@Autowired
	ApplicationManagement applications;

	@Autowired
	CertificationApplications certifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReturnedProgrammeApplicationTellsTheIkmWhatToCorrect() {
		long id = jdbc.sql("""
				select a.id from programme_application a join ikm i on i.id = a.ikm_id
				where a.status = 'SUBMITTED' and i.email is not null order by a.id fetch first 1 rows only""")
			.query(Long.class).single();
		String email = jdbc.sql("select i.email from programme_application a join ikm i on i.id = a.ikm_id where a.id = ?")
			.param(id).query(String.class).single();
		String programme = jdbc.sql("select p.name from programme_application a join programme p on p.id = a.programme_id where a.id = ?")
			.param(id).query(String.class).single();

		applications.returnForCorrection(ADMIN, new ApplicationId(id), "Lampirkan NIB yang masih berlaku");

		List<StoredMessage> messages = messagesAbout("application " + id);
		assertThat(messages).singleElement().satisfies(message -> {
			assertThat(message.recipient()).isEqualTo(email);
			assertThat(message.language().getLanguage()).isEqualTo("id");
			assertThat(message.topic()).isEqualTo("programme.application");
			assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
			assertThat(message.subject()).isEqualTo("Permohonan Anda ke " + programme + ": Dikembalikan untuk diperbaiki");
			assertThat(message.textBody()).contains("Yth. ", "kini: Dikembalikan untuk diperbaiki.",
					"Alasan: Lampirkan NIB yang masih berlaku", "http://localhost:8080/applications/" + id);
		});
	}

	@Test
	void aRejectedBatikmarkApplicationTellsTheIkmWhy() {
		long id = jdbc.sql("""
				select a.id from certification_application a join ikm i on i.id = a.ikm_id
				where a.status = 'RECEIVED' and i.email is not null order by a.id fetch first 1 rows only""")
			.query(Long.class).single();
		String brand = jdbc.sql("select brand from certification_application where id = ?").param(id).query(String.class).single();

		certifications.reject(ADMIN, new CertificationApplicationId(id), "Merek belum terdaftar di DJKI");

		assertThat(messagesAbout("certification " + id)).singleElement().satisfies(message -> {
			assertThat(message.topic()).isEqualTo("certification.application");
			assertThat(message.subject()).isEqualTo("Permohonan Batikmark untuk " + brand + ": Ditolak");
			assertThat(message.textBody()).contains("merek " + brand + " kini: Ditolak.",
					"Alasan: Merek belum terdaftar di DJKI", "http://localhost:8080/certification/applications/" + id);
		});
	}

	@Test
	void theSystemsOwnChangesSendNothing() {
		long id = jdbc.sql("select id from programme_application where status = 'SUBMITTED' and ikm_id is not null order by id fetch first 1 rows only")
			.query(Long.class).single();

		applications.returnForCorrection(Actor.SYSTEM, new ApplicationId(id), "Lampirkan NIB");

		assertThat(messagesAbout("application " + id)).isEmpty();
	}

	private List<StoredMessage> messagesAbout(String reference) {
		return jdbc.sql("select id from notification_message where reference = ?").param(reference)
			.query(Long.class).list().stream()
			.map(messageId -> store.find(messageId).orElseThrow())
			.toList();
	}

	@Autowired
	OutboxStore store;
}
