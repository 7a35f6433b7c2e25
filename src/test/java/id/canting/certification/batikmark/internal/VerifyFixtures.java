package id.canting.certification.batikmark.internal;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.account.AccountSessions;
import id.canting.registry.IkmId;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Certificates of the demo owner's IKM in each status, made through the facade as the certification
 * body would (until demo certificates exist), and the owner's personal data that no public answer may
 * contain. A bean of the full application only ({@link id.canting.CantingTest} imports it): it needs
 * the demo accounts, which module tests do not have.
 */
public class VerifyFixtures {

	public static final Actor ASSESSOR = new Actor("assessor", Role.ASSESSOR, null, Set.of());

	private final Certificates certificates;
	private final CertificateExpiryJob expiry;
	private final AccountSessions sessions;
	private final JdbcClient jdbc;

	VerifyFixtures(Certificates certificates, CertificateExpiryJob expiry, AccountSessions sessions, JdbcClient jdbc) {
		this.certificates = certificates;
		this.expiry = expiry;
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	public long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	public Certificate active(String brand, Technique technique) {
		return certificates.issue(ASSESSOR, new IkmId(ownerIkm()), brand, technique, certificates.today().minusMonths(2), null);
	}

	public Certificate suspended(String brand) {
		Certificate c = active(brand, Technique.CAP);
		return certificates.suspend(ASSESSOR, c.number(), "Surveilans terlewat");
	}

	public Certificate revoked(String brand) {
		Certificate c = active(brand, Technique.KOMBINASI);
		return certificates.revoke(ASSESSOR, c.number(), "Produk tidak lolos uji ulang");
	}

	/** Issued four years ago (the validity is three), then the expiry job ran. */
	public Certificate expired(String brand) {
		LocalDate longAgo = certificates.today().minusYears(4);
		Certificate c = certificates.issue(ASSESSOR, new IkmId(ownerIkm()), brand, Technique.TULIS, longAgo, null);
		expiry.run();
		return certificates.byNumber(c.number());
	}

	/** The owner's name, NIB, phone and email as the registry holds them (those present). */
	public java.util.List<String> personalData() {
		return jdbc.sql("select owner_name, nib, phone, email from ikm where id = ?").param(ownerIkm())
			.query((rs, i) -> java.util.stream.Stream.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
				.filter(v -> v != null && !v.isBlank())
				.toList())
			.single();
	}

	/** Removes a certificate a test committed (its audit entries stay, as audit is append-only). */
	public void remove(String number) {
		jdbc.sql("delete from certificate where number = ?").param(number).update();
	}
}
