package id.canting.certification.batikmark.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.CertificationStatus;
import id.canting.certification.CertificationWork;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/** {@link CertificationWork} from the applications the work queue lists, with the queue's service-level clock. */
@Service
@Transactional(readOnly = true)
class BatikmarkWork implements CertificationWork {

	private final CertificationApplications applications;
	private final JdbcClient jdbc;

	BatikmarkWork(CertificationApplications applications, JdbcClient jdbc) {
		this.applications = applications;
		this.jdbc = jdbc;
	}

	@Override
	public List<ApplicationLine> queue(Actor actor) {
		if (!CertificationApplications.mayAssess(actor)) {
			throw new ForbiddenException("certification.forbidden.assess");
		}
		return lines(actor).stream().filter(line -> !line.status().isDecided()).toList();
	}

	@Override
	public List<ApplicationLine> applicationsOf(Actor owner) {
		if (owner.role() != Role.IKM_OWNER || owner.ikmIds().isEmpty()) {
			return List.of();
		}
		return lines(owner).stream()
			.sorted(Comparator.comparing((ApplicationLine line) -> line.status().isDecided())
				.thenComparing(Comparator.comparingLong(ApplicationLine::id).reversed()))
			.toList();
	}

	@Override
	public Optional<ApplicationSubject> application(long applicationId) {
		return jdbc.sql("select id, ikm_id, ikm_name, brand, status from certification_application where id = ?")
			.param(applicationId)
			.query((rs, n) -> new ApplicationSubject(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					CertificationStatus.valueOf(rs.getString(5))))
			.optional();
	}

	@Override
	public List<CertificateLine> certificatesOf(Actor owner) {
		if (owner.role() != Role.IKM_OWNER || owner.ikmIds().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select number, brand, ikm_name, status, valid_until from certificate
				 where ikm_id in (:ikms) order by issued_on desc, number desc""")
			.param("ikms", List.copyOf(owner.ikmIds()))
			.query((rs, n) -> new CertificateLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate()))
			.list();
	}

	private List<ApplicationLine> lines(Actor actor) {
		WorkingDays days = applications.workingDays();
		return applications.applications(actor, null).stream().map(a -> {
			ServiceLevel level = applications.serviceLevel(a, days);
			return new ApplicationLine(a.id(), a.ikmId(), a.ikmName(), a.brand(), a.status(), a.receivedOn(),
					level.workingDays(), level.limit(), level.overdueWhilePending());
		}).toList();
	}
}
