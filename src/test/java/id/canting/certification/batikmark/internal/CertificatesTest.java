package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.registry.IkmId;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/** Issuing with the year's next number and a random code; the expiry job; who may change certificates. */
@CantingTest
@Transactional
class CertificatesTest {

	static final Actor ASSESSOR = new Actor("assessor", Role.ASSESSOR, null, Set.of());

	@Autowired
	Certificates certificates;

	@Autowired
	CertificateExpiryJob expiry;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuesTheYearsNextNumberWithAnUnguessableCodeAndTheIkmAsItIs() {
		long ikm = jdbc.sql("select min(id) from ikm where province_code = '33'").query(Long.class).single();
		Certificate first = certificates.issue(ASSESSOR, new IkmId(ikm), "Sekar Jagad", Technique.TULIS, LocalDate.of(2031, 2, 1), null);
		Certificate second = certificates.issue(ASSESSOR, new IkmId(ikm), "Parang", Technique.CAP, LocalDate.of(2031, 2, 2), null);
		assertThat(CertificateNumber.parse(first.number())).get().extracting(CertificateNumber::year).isEqualTo(2031);
		assertThat(CertificateNumber.parse(second.number()).get().sequence())
			.isEqualTo(CertificateNumber.parse(first.number()).get().sequence() + 1);
		assertThat(first.verificationCode()).hasSize(20).isNotEqualTo(second.verificationCode());
		assertThat(first.validUntil()).isEqualTo(LocalDate.of(2034, 2, 1));
		assertThat(first.provinceCode()).isEqualTo("33");
		assertThat(second.labelColour()).isEqualTo(LabelColour.WHITE);
		assertThat(certificates.byNumber(first.number().toLowerCase()).brand()).isEqualTo("Sekar Jagad");
	}

	@Test
	void theExpiryJobExpiresPassedCertificatesOnceAndRecordsIt() {
		long ikm = jdbc.sql("select min(id) from ikm where province_code = '35'").query(Long.class).single();
		LocalDate longAgo = certificates.today().minusYears(4);
		Certificate old = certificates.issue(ASSESSOR, new IkmId(ikm), "Lawas", Technique.KOMBINASI, longAgo, null);
		assertThat(expiry.run()).isPositive();
		assertThat(certificates.byNumber(old.number()).status()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(expiry.run()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'certificate' and entity_id = :n and action = 'EXPIRED'")
			.param("n", old.number()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTheCertificationBodyAndMinistryStaffChangeCertificates() {
		Actor officer = new Actor("officer.33", Role.OFFICER, "33", Set.of());
		assertThatThrownBy(() -> certificates.issue(officer, new IkmId(1), "X", Technique.CAP, LocalDate.of(2031, 1, 1), null))
			.isInstanceOf(ForbiddenException.class);
	}
}
