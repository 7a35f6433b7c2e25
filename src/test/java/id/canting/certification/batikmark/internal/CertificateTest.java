package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.canting.registry.Technique;
import id.canting.shared.ConflictException;

/** Certificate numbers, label colours and the certificate's own status changes. */
class CertificateTest {

	static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

	static Certificate active() {
		Certificate c = Certificate.issue(new CertificateNumber(2024, 123), "ABCDEFGHJKLMNPQRSTUV",
				new CertifiedIkm(7, "Batik Uji", "33.26", "33"), "Sekar Jagad", Technique.TULIS,
				LocalDate.of(2024, 5, 1), LocalDate.of(2027, 5, 1), null, "assessor", NOW);
		ReflectionTestUtils.setField(c, "id", 5L);
		return c;
	}

	@Test
	void readsAndWritesNumbersOfTheLabelsForm() {
		assertThat(new CertificateNumber(2024, 123)).hasToString("BMI-2024-00123");
		assertThat(CertificateNumber.parse(" bmi-2024-00123 ")).contains(new CertificateNumber(2024, 123));
		assertThat(CertificateNumber.parse("BMI-2024-123")).isEmpty();
		assertThat(CertificateNumber.parse("BMI-2024-00000")).isEmpty();
		assertThat(CertificateNumber.parse("2024-00123")).isEmpty();
		assertThat(CertificateNumber.parse(null)).isEmpty();
	}

	@Test
	void labelColourFollowsTheTechnique() {
		assertThat(LabelColour.of(Technique.TULIS)).isEqualTo(LabelColour.GOLD);
		assertThat(LabelColour.of(Technique.KOMBINASI)).isEqualTo(LabelColour.SILVER);
		assertThat(LabelColour.of(Technique.CAP)).isEqualTo(LabelColour.WHITE);
	}

	@Test
	void suspendsReinstatesAndRevokesOnlyFromTheRightStatus() {
		Certificate c = active();
		c.suspend("Surveilans terlewat", LocalDate.of(2026, 3, 2), "assessor", NOW);
		assertThat(c.status()).isEqualTo(CertificateStatus.SUSPENDED);
		assertThatThrownBy(() -> c.suspend("lagi", LocalDate.of(2026, 3, 2), "assessor", NOW))
			.isInstanceOf(ConflictException.class);
		c.reinstate(LocalDate.of(2026, 3, 3), "assessor", NOW);
		assertThat(c.status()).isEqualTo(CertificateStatus.ACTIVE);
		c.revoke("Label dipakai pada batik cetak", LocalDate.of(2026, 3, 4), "assessor", NOW);
		assertThat(c.status()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(c.statusReason()).isEqualTo("Label dipakai pada batik cetak");
		assertThatThrownBy(() -> c.reinstate(LocalDate.of(2026, 3, 5), "assessor", NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void expiresOnlyAfterItsValidityAndNeverWhenRevoked() {
		Certificate c = active();
		assertThatThrownBy(() -> c.expire(LocalDate.of(2027, 5, 1), "system", NOW)).isInstanceOf(ConflictException.class);
		c.expire(LocalDate.of(2027, 5, 2), "system", NOW);
		assertThat(c.status()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(c.statusChangedOn()).isEqualTo(LocalDate.of(2027, 5, 2));
		Certificate revoked = active();
		revoked.revoke("r", LocalDate.of(2026, 1, 1), "assessor", NOW);
		assertThatThrownBy(() -> revoked.expire(LocalDate.of(2028, 1, 1), "system", NOW))
			.isInstanceOf(ConflictException.class);
	}
}
