package id.canting.programme.application.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.ProgrammeWork;
import id.canting.programme.application.ApplicationStatus;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/** {@link ProgrammeWork} from the applications' and programmes' tables, in the queue's own scope rules. */
@Service
@Transactional(readOnly = true)
class ApplicationWork implements ProgrammeWork {

	private final JdbcClient jdbc;

	ApplicationWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public OfficeQueue officeQueue(Actor actor) {
		if (actor.isAdmin()) {
			return new OfficeQueue(count(ApplicationStatus.SUBMITTED, null), count(ApplicationStatus.VERIFIED, null));
		}
		if (actor.role() == Role.OFFICER && actor.provinceCode() != null) {
			// approving is the ministry's: an officer's queue is what to verify
			return new OfficeQueue(count(ApplicationStatus.SUBMITTED, actor.provinceCode()), 0);
		}
		throw new ForbiddenException("programme.application.forbidden.list");
	}

	@Override
	public List<ApplicationLine> applicationsOf(Actor owner) {
		if (owner.role() != Role.IKM_OWNER || owner.ikmIds().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.id, p.code, p.name, a.applicant_name, a.status, a.updated_at
				 from programme_application a join programme p on p.id = a.programme_id
				 where a.ikm_id in (:ikms) order by a.updated_at desc, a.id desc""")
			.param("ikms", List.copyOf(owner.ikmIds()))
			.query((rs, n) -> new ApplicationLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	@Override
	public Optional<ApplicationSubject> application(long applicationId) {
		return jdbc.sql("""
				select a.id, p.code, p.name, a.ikm_id, a.sentra_id, a.applicant_name, a.status
				 from programme_application a join programme p on p.id = a.programme_id where a.id = ?""")
			.param(applicationId)
			.query((rs, n) -> new ApplicationSubject(rs.getLong(1), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4, Long.class), (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getString(7)))
			.optional();
	}

	@Override
	public List<BudgetLine> budgets(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("programme.application.forbidden.list");
		}
		return jdbc.sql("""
				select p.code, p.name, p.programme_year, p.budget_idr, p.committed_idr,
				       coalesce((select sum(a.realised_idr) from programme_application a where a.programme_id = p.id), 0)
				 from programme p
				 where p.status <> 'DRAFT'
				   and p.programme_year >= (select max(programme_year) - 1 from programme where status <> 'DRAFT')
				 order by p.programme_year desc, p.code""")
			.query((rs, n) -> new BudgetLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	private long count(ApplicationStatus status, String province) {
		String sql = "select count(*) from programme_application where status = :status"
				+ (province == null ? "" : " and province_code = :province");
		var query = jdbc.sql(sql).param("status", status.name());
		if (province != null) {
			query = query.param("province", province);
		}
		return query.query(Long.class).single();
	}
}
