package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingApplication;
import id.canting.CantingTest;
import id.canting.registry.Technique;

/**
 * Two application nodes on one database: the suite's context (node 1) suspends and revokes a
 * certificate, and a second node started here, with the verification cache on as in production,
 * shows each change within 2 seconds although it had the certificate cached as valid.
 */
@CantingTest
class VerificationAcrossNodesTest {

	static final Duration WITHIN = Duration.ofSeconds(2);

	static ConfigurableApplicationContext node2;

	@Autowired
	VerifyFixtures fixtures;

	@Autowired
	Certificates certificates;

	@Autowired
	JdbcClient jdbc;

	/** Started once node 1 (the suite's context) has its database ready. */
	private static void startASecondNodeOnTheSameDatabase() {
		if (node2 != null) {
			return;
		}
		// the datasource comes from the system properties TestDatabase set, as for node 1
		node2 = new SpringApplicationBuilder(CantingApplication.class)
			.properties("server.port=0", "canting.demo.enabled=true", "canting.verify.cache-ttl=30s",
					"canting.verify.rate-limit.requests=100000", "canting.files.dir=${java.io.tmpdir}/canting-test-files",
					"spring.main.banner-mode=off")
			.run();
	}

	@AfterAll
	static void stopIt() {
		if (node2 != null) {
			node2.close();
		}
	}

	@Test
	void aSuspensionAndARevocationOnOneNodeShowOnTheOtherWithinTwoSeconds() throws Exception {
		startASecondNodeOnTheSameDatabase();
		CertificateVerification onNode2 = node2.getBean(CertificateVerification.class);
		Certificate c = fixtures.active("Dua Simpul", Technique.TULIS);
		try {
			awaitCaching(onNode2, c.number());

			certificates.suspend(VerifyFixtures.ASSESSOR, c.number(), "Surveilans terlewat");
			assertSeenWithin(onNode2, c.number(), CertificateStatus.SUSPENDED);

			certificates.revoke(VerifyFixtures.ASSESSOR, c.number(), "Produk tidak lolos uji ulang");
			assertSeenWithin(onNode2, c.number(), CertificateStatus.REVOKED);
		}
		finally {
			fixtures.remove(c.number());
		}
	}

	private static void assertSeenWithin(CertificateVerification node, String number, CertificateStatus expected)
			throws InterruptedException {
		Instant changed = Instant.now();
		Instant deadline = changed.plus(WITHIN);
		CertificateStatus seen = node.verify(number, null).certificate().status();
		while (seen != expected && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
			seen = node.verify(number, null).certificate().status();
		}
		assertThat(seen).as("node 2 %s after %s", seen, Duration.between(changed, Instant.now())).isEqualTo(expected);
	}

	/**
	 * Waits until node 2 answers from its cache (it does once it is in step with the database): a brand
	 * changed behind the application's back is not seen while the entry is cached. So the test cannot
	 * pass merely because node 2 reads the database on every verification.
	 */
	private void awaitCaching(CertificateVerification node, String number) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(30);
		String shown = node.verify(number, null).certificate().brand();
		for (int i = 1; Instant.now().isBefore(deadline); i++) {
			jdbc.sql("update certificate set brand = ? where number = ?").param("Dua Simpul " + i).param(number).update();
			String now = node.verify(number, null).certificate().brand();
			if (now.equals(shown)) {
				return;
			}
			shown = now;
			Thread.sleep(100);
		}
		throw new AssertionError("node 2 never cached a verification");
	}
}
