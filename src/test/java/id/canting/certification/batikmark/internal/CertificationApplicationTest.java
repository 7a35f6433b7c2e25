package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import id.canting.certification.CertificationStatus;
import id.canting.registry.Technique;
import id.canting.shared.ConflictException;
import id.canting.shared.RuleRefusedException;

/** Each step of the workflow from its own status only; issuing needs every lab test passed. */
class CertificationApplicationTest {

	static final Instant NOW = Instant.parse("2024-06-03T03:00:00Z");
	static final LocalDate DAY = LocalDate.of(2024, 6, 3);
	static final LabLimit LIMIT = LabLimitTest.TULIS;

	static CertificationApplication received() {
		CertificationApplication a = CertificationApplication.receive(new CertificationInput(1L, " Parang Rusak ",
				"IDM000123", Technique.TULIS, "Kain batik tulis"), "Batik Uji", "33", DAY, "owner", NOW);
		org.springframework.test.util.ReflectionTestUtils.setField(a, "id", 5L);
		return a;
	}

	static final List<Consumer<CertificationApplication>> STEPS = List.of(
			a -> a.checkFile(DAY, "assessor", NOW),
			a -> a.sample(DAY, "Dewi", "S-1", "assessor", NOW),
			a -> a.bill(2_500_000L, DAY, "assessor", NOW),
			a -> a.pay(DAY, "assessor", NOW),
			a -> a.test(LIMIT.judge(BigDecimal.ONE, new BigDecimal("4.5"), new BigDecimal("4")), DAY, "assessor", NOW),
			a -> a.issued(certificate(), DAY, "assessor", NOW));

	static Certificate certificate() {
		Certificate c = Certificate.issue(new CertificateNumber(2024, 7), "CODE", new CertifiedIkm(1, "Batik Uji",
				"33.75", "33"), "Parang Rusak", Technique.TULIS, DAY, DAY.plusYears(3), null, "assessor", NOW);
		org.springframework.test.util.ReflectionTestUtils.setField(c, "id", 9L);
		return c;
	}

	@Test
	void eachStepIsAllowedOnlyFromTheStatusBeforeIt() {
		for (int step = 0; step < STEPS.size(); step++) {
			for (int other = 0; other < STEPS.size(); other++) {
				CertificationApplication a = received();
				for (int s = 0; s < step; s++) {
					STEPS.get(s).accept(a);
				}
				if (other == step) {
					CertificationStatus before = a.status();
					STEPS.get(other).accept(a);
					assertThat(a.status().ordinal()).isEqualTo(before.ordinal() + 1);
				}
				else {
					int o = other;
					assertThatThrownBy(() -> STEPS.get(o).accept(a)).as("step %d from %s", other, a.status())
						.isInstanceOf(ConflictException.class);
				}
			}
		}
	}

	@Test
	void theWholeWayRecordsEverything() {
		CertificationApplication a = received();
		STEPS.forEach(s -> s.accept(a));
		assertThat(a.status()).isEqualTo(CertificationStatus.ISSUED);
		assertThat(a.brand()).isEqualTo("Parang Rusak");
		assertThat(a.certificateNumber()).isEqualTo("BMI-2024-00007");
		assertThat(a.labResults().allPassed()).isTrue();
		assertThat(a.pnbpIdr()).isEqualTo(2_500_000L);
	}

	@Test
	void failedTestsCannotBeIssued() {
		CertificationApplication a = received();
		STEPS.subList(0, 4).forEach(s -> s.accept(a));
		a.test(LIMIT.judge(new BigDecimal("5"), new BigDecimal("4.5"), new BigDecimal("4")), DAY, "assessor", NOW);
		assertThatThrownBy(a::requireIssuable).isInstanceOf(RuleRefusedException.class);
		assertThatThrownBy(() -> a.issued(certificate(), DAY, "assessor", NOW)).isInstanceOf(RuleRefusedException.class);
		a.reject("Susut melebihi batas", DAY, "assessor", NOW);
		assertThat(a.status()).isEqualTo(CertificationStatus.REJECTED);
	}

	@Test
	void rejectedAtAnyStepBeforeTheDecisionButNotAfter() {
		for (int step = 0; step < STEPS.size(); step++) {
			CertificationApplication a = received();
			for (int s = 0; s < step; s++) {
				STEPS.get(s).accept(a);
			}
			a.reject("Tidak memenuhi", DAY, "assessor", NOW);
			assertThat(a.status()).isEqualTo(CertificationStatus.REJECTED);
			assertThatThrownBy(() -> a.reject("lagi", DAY, "assessor", NOW)).isInstanceOf(ConflictException.class);
		}
		CertificationApplication issued = received();
		STEPS.forEach(s -> s.accept(issued));
		assertThatThrownBy(() -> issued.reject("terlambat", DAY, "assessor", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void paymentBeforeTheBillIsRefused() {
		CertificationApplication a = received();
		STEPS.subList(0, 3).forEach(s -> s.accept(a));
		assertThatThrownBy(() -> a.pay(DAY.minusDays(1), "assessor", NOW)).isInstanceOf(RuleRefusedException.class);
	}

	@Test
	void theClockRunsFromPaymentToTheDecision() {
		CertificationApplication a = received();
		assertThat(a.serviceLevel(WorkingDaysTest.DAYS, DAY.plusDays(60), 30).workingDays()).isNull();
		STEPS.subList(0, 4).forEach(s -> s.accept(a));
		// paid Mon 3 Jun 2024, today Mon 22 Jul: 7 weeks of weekdays = 35
		ServiceLevel running = a.serviceLevel(WorkingDaysTest.DAYS, LocalDate.of(2024, 7, 22), 30);
		assertThat(running.workingDays()).isEqualTo(35);
		assertThat(running.overdue()).isTrue();
		assertThat(running.running()).isTrue();
	}
}
