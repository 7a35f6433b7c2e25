package id.canting.certification.batikmark.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.CertificateIssued;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;

/**
 * Batikmark certificates: issued by the certification body (ASSESSOR) or ministry staff, with the
 * next number of the year and a random verification code; suspended, reinstated and revoked with a
 * reason; expired when their validity passed. Every change is an event the audit trail records.
 */
@Service
@Transactional
public class Certificates {

	/** Certificate days are Western Indonesian Time, where the certification body is. */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
	private static final int CODE_LENGTH = 20; // 100 bits: not guessable, short enough for a QR

	private final CertificateRepository certificates;
	private final IkmManagement ikms;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int validityYears;
	private final SecureRandom random = new SecureRandom();

	Certificates(CertificateRepository certificates, IkmManagement ikms, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock,
			@Value("${canting.certification.validity-years:3}") int validityYears) {
		this.certificates = certificates;
		this.ikms = ikms;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.validityYears = validityYears;
	}

	/**
	 * Issues a certificate to an IKM for a brand and technique, valid for the configured number of
	 * years from the day of issue.
	 */
	public Certificate issue(Actor actor, IkmId ikmId, String brand, Technique technique, LocalDate issuedOn,
			Long applicationId) {
		requireCertifier(actor);
		if (brand == null || brand.isBlank() || brand.strip().length() > 120) {
			throw new InvalidInputException(List.of(FieldViolation.of("brand", "validation.required")));
		}
		Ikm ikm = ikms.ikm(Actor.SYSTEM, ikmId);
		CertifiedIkm certified = new CertifiedIkm(ikmId.value(), ikm.name(), ikm.details().regencyCode(), ikm.provinceCode());
		Certificate certificate = certificates.save(Certificate.issue(nextNumber(issuedOn.getYear()), newCode(),
				certified, brand.strip(), technique, issuedOn, issuedOn.plusYears(validityYears), applicationId,
				actor.username(), clock.instant()));
		events.publishEvent(new CertificateIssued(certificate.id().value(), certificate.number(),
				certificate.provinceCode(), ikmId.value(), certificate.brand(), technique.name(), certificate.validUntil(),
				actor.username()));
		return certificate;
	}

	public Certificate suspend(Actor actor, String number, String reason) {
		requireCertifier(actor);
		Certificate c = byNumber(number);
		c.suspend(reason(reason), today(), actor.username(), clock.instant());
		return certificates.save(c);
	}

	public Certificate reinstate(Actor actor, String number) {
		requireCertifier(actor);
		Certificate c = byNumber(number);
		c.reinstate(today(), actor.username(), clock.instant());
		return certificates.save(c);
	}

	/** Revokes for good, with the reason buyers and the owner will read. */
	public Certificate revoke(Actor actor, String number, String reason) {
		return revoke(actor, number, reason, true);
	}

	/**
	 * Revokes for good once the person revoking has confirmed it: a revocation cannot be undone, so a
	 * page asks for the confirmation beside the reason, and both are required (each named in its field).
	 */
	public Certificate revoke(Actor actor, String number, String reason, boolean confirmed) {
		requireCertifier(actor);
		Certificate c = byNumber(number);
		List<FieldViolation> violations = new ArrayList<>();
		String why = reasonOf(reason, violations);
		if (!confirmed) {
			violations.add(FieldViolation.of("confirmed", "certification.revoke.confirm-required"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		c.revoke(why, today(), actor.username(), clock.instant());
		return certificates.save(c);
	}

	/** Certificates whose validity passed, still active or suspended, by id (for the expiry job). */
	@Transactional(readOnly = true)
	public List<Long> dueToExpire() {
		return certificates.findIdsDueToExpire(today());
	}

	/**
	 * Marks one certificate expired. Safe when several nodes run the job at once: the version check
	 * lets exactly one of them save, and only that one records the event.
	 */
	public void expire(CertificateId id) {
		Certificate c = certificates.findById(id.value()).orElseThrow();
		c.expire(today(), "system", clock.instant());
		certificates.save(c);
	}

	/** A certificate by its number, for anyone (public verification shows only its public fields). */
	@Transactional(readOnly = true)
	public Certificate byNumber(String number) {
		String key = CertificateNumber.parse(number).map(CertificateNumber::toString)
			.orElseThrow(() -> new InvalidInputException(
					List.of(FieldViolation.of("number", "certificate.number.format", CertificateNumber.FORMAT))));
		return certificates.findByNumber(key).orElseThrow(() -> new CertificateNotFoundException(key));
	}

	/** Today in Western Indonesian Time. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), WIB);
	}

	/** The next number of the year: the row lock of the update keeps two issues from taking the same one. */
	private CertificateNumber nextNumber(int year) {
		int updated = jdbc.sql("update certificate_sequence set last_number = last_number + 1 where issue_year = :y")
			.param("y", year).update();
		if (updated == 0) {
			try {
				jdbc.sql("insert into certificate_sequence (issue_year, last_number) values (:y, 1)").param("y", year)
					.update();
			}
			catch (DuplicateKeyException e) {
				// another issue created the year's row first: take the next number after it
				jdbc.sql("update certificate_sequence set last_number = last_number + 1 where issue_year = :y")
					.param("y", year).update();
			}
		}
		int last = jdbc.sql("select last_number from certificate_sequence where issue_year = :y").param("y", year)
			.query(Integer.class).single();
		return new CertificateNumber(year, last);
	}

	private String newCode() {
		char[] code = new char[CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException(List.of(FieldViolation.of("reason", "validation.required")));
		}
		if (reason.strip().length() > 1000) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("reason", "validation.too-long", 1000, reason.strip().length())));
		}
		return reason.strip();
	}

	private static String reasonOf(String reason, List<FieldViolation> violations) {
		try {
			return reason(reason);
		}
		catch (InvalidInputException e) {
			violations.addAll(e.violations());
			return null;
		}
	}

	static void requireCertifier(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == id.canting.shared.Role.ASSESSOR)) {
			throw new ForbiddenException("certificate.forbidden.change");
		}
	}
}
