package id.canting.certification.batikmark.internal;

import id.canting.shared.CodeLabel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.SurveillanceRecorded;
import id.canting.certification.SurveillanceResult;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;

/**
 * Surveillance of issued certificates every six months ({@link SurveillanceSchedule}): the
 * certification body records each visit with its result; a failed visit may suspend the certificate
 * at once. The due list shows every active certificate's next visit, the overdue ones first.
 */
@Service
@Transactional
public class Surveillance {

	private final Certificates certificates;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Surveillance(Certificates certificates, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.certificates = certificates;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a visit of an active or suspended certificate (409 otherwise). With {@code suspend} a
	 * failed visit suspends an active certificate, the notes being the reason.
	 */
	public SurveillanceVisit record(Actor actor, String number, LocalDate visitedOn, String assessor,
			SurveillanceResult result, String notes, boolean suspend) {
		requireAssessor(actor);
		Certificate c = certificates.byNumber(number);
		if (c.status() != CertificateStatus.ACTIVE && c.status() != CertificateStatus.SUSPENDED) {
			throw new ConflictException("certification.surveillance.not-valid", c.number(), CodeLabel.of("certification.certificate.status.", c.status()));
		}
		List<FieldViolation> violations = new ArrayList<>();
		if (visitedOn == null) {
			violations.add(FieldViolation.of("visitedOn", "validation.required"));
		}
		else if (visitedOn.isAfter(certificates.today()) || visitedOn.isBefore(c.issuedOn())) {
			violations.add(FieldViolation.of("visitedOn", "certification.validation.visit-date", c.issuedOn()));
		}
		if (assessor == null || assessor.isBlank() || assessor.strip().length() > 200) {
			violations.add(FieldViolation.of("assessor", "validation.required"));
		}
		if (result == null) {
			violations.add(FieldViolation.of("result", "validation.required"));
		}
		if (notes != null && notes.strip().length() > 2000) {
			violations.add(FieldViolation.of("notes", "validation.too-long", 2000, notes.strip().length()));
		}
		boolean suspending = suspend && result == SurveillanceResult.FAIL;
		if (suspending && (notes == null || notes.isBlank())) {
			violations.add(FieldViolation.of("notes", "certification.validation.suspend-reason"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into certification_surveillance (certificate_id, visited_on, assessor, result, notes, created_by, created_at)
				 values (:c, :on, :assessor, :result, :notes, :by, :at)""")
			.param("c", c.id().value()).param("on", visitedOn).param("assessor", assessor.strip())
			.param("result", result.name()).param("notes", notes == null || notes.isBlank() ? null : notes.strip())
			.param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
			.update(keys, "id");
		events.publishEvent(new SurveillanceRecorded(c.id().value(), c.number(), c.provinceCode(), visitedOn, result,
				actor.username()));
		if (suspending && c.status() == CertificateStatus.ACTIVE) {
			certificates.suspend(actor, c.number(), notes);
		}
		return new SurveillanceVisit(keys.getKey().longValue(), c.number(), visitedOn, assessor.strip(), result,
				notes == null || notes.isBlank() ? null : notes.strip(), actor.username());
	}

	/** The visits of a certificate, oldest first. */
	@Transactional(readOnly = true)
	public List<SurveillanceVisit> visits(Actor actor, String number) {
		requireAssessor(actor);
		Certificate c = certificates.byNumber(number);
		return jdbc.sql("""
				select id, visited_on, assessor, result, notes, created_by from certification_surveillance
				 where certificate_id = :c order by visited_on, id""")
			.param("c", c.id().value())
			.query((rs, n) -> new SurveillanceVisit(rs.getLong(1), c.number(), rs.getDate(2).toLocalDate(),
					rs.getString(3), SurveillanceResult.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * Every active certificate with a visit still due, the overdue ones first then by due date; only
	 * the overdue ones when asked.
	 */
	@Transactional(readOnly = true)
	public List<SurveillanceDue> due(Actor actor, boolean overdueOnly) {
		requireAssessor(actor);
		LocalDate today = certificates.today();
		List<SurveillanceDue> due = jdbc.sql("""
				select c.number, c.ikm_id, c.ikm_name, c.province_code, c.brand, c.issued_on, c.valid_until,
				 (select count(*) from certification_surveillance s where s.certificate_id = c.id)
				 from certificate c where c.status = 'ACTIVE' order by c.id""")
			.query((rs, n) -> {
				LocalDate issued = rs.getDate(6).toLocalDate();
				LocalDate until = rs.getDate(7).toLocalDate();
				int visits = rs.getInt(8);
				LocalDate next = SurveillanceSchedule.nextDue(issued, until, visits);
				return new SurveillanceDue(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), issued, until, visits, next,
						SurveillanceSchedule.overdue(issued, until, visits, today));
			})
			.list();
		return due.stream()
			.filter(d -> d.nextDue() != null && (!overdueOnly || d.overdue()))
			.sorted(java.util.Comparator.comparing((SurveillanceDue d) -> !d.overdue())
				.thenComparing(SurveillanceDue::nextDue).thenComparing(SurveillanceDue::number))
			.toList();
	}

	private static void requireAssessor(Actor actor) {
		if (!CertificationApplications.mayAssess(actor)) {
			throw new ForbiddenException("certification.forbidden.assess");
		}
	}
}
