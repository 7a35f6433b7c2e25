package id.canting.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.reports.ReportStatus;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReports;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * What waits in the registry for the person who signed in, for their home page: the provincial
 * office's open work (counted in the officer's province, everywhere for an admin) and an owner's
 * semester reports still to send. Counts are the same queries the queue pages page through.
 */
@Service
@Transactional(readOnly = true)
public class RegistryWork {

	private final JdbcClient jdbc;
	private final SemesterReports reports;

	RegistryWork(JdbcClient jdbc, SemesterReports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	/**
	 * The office's open work: active IKM not yet checked in the field, owners' proposed changes and
	 * semester reports waiting for a decision.
	 *
	 * @throws ForbiddenException for anyone but an officer or an admin
	 */
	public OfficeWork officeWork(Actor actor) {
		String province = officeProvince(actor);
		String scope = province == null ? "" : " and i.province_code = :province";
		return new OfficeWork(
				count("select count(*) from ikm i where i.status = 'ACTIVE' and i.verification = 'UNVERIFIED'" + scope,
						province),
				count("select count(*) from ikm_change c join ikm i on i.id = c.ikm_id where c.status = 'PENDING'" + scope,
						province),
				count("select count(*) from semester_report r join ikm i on i.id = r.ikm_id where r.status = '"
						+ ReportStatus.SUBMITTED.name() + "'" + scope, province));
	}

	/**
	 * The owner's active IKM whose report for the last finished semester is not sent yet (none, a
	 * draft or one returned for correction), with the status it has (null: none filed).
	 */
	public List<ReportDue> reportsDue(Actor actor) {
		if (actor.role() != Role.IKM_OWNER || actor.ikmIds().isEmpty()) {
			return List.of();
		}
		Semester due = reports.currentSemester().previous();
		List<ReportDue> result = new ArrayList<>();
		jdbc.sql("""
				select i.id, i.name, r.status from ikm i
				 left join semester_report r on r.ikm_id = i.id and r.semester = :semester
				 where i.id in (:ikms) and i.status = 'ACTIVE' order by i.name, i.id""")
			.params(Map.of("semester", due.toString(), "ikms", List.copyOf(actor.ikmIds())))
			.query((rs, n) -> {
				String status = rs.getString("status");
				return new ReportDue(new IkmId(rs.getLong("id")), rs.getString("name"), due,
						status == null ? null : ReportStatus.valueOf(status));
			})
			.list()
			.stream()
			.filter(line -> line.status() == null || line.status().isEditable())
			.forEach(result::add);
		return result;
	}

	private static String officeProvince(Actor actor) {
		if (actor.isAdmin()) {
			return null;
		}
		if (actor.role() == Role.OFFICER && actor.provinceCode() != null) {
			return actor.provinceCode();
		}
		throw new ForbiddenException("registry.forbidden.office");
	}

	private long count(String sql, String province) {
		var query = jdbc.sql(sql);
		if (province != null) {
			query = query.param("province", province);
		}
		return query.query(Long.class).single();
	}

	/** Counts of the office's open work in its scope. */
	public record OfficeWork(long unverifiedIkm, long ownerChangesPending, long reportsToReview) {
	}

	/** A semester report an owner still has to send; {@code status} null when none is filed yet. */
	public record ReportDue(IkmId ikm, String ikmName, Semester semester, ReportStatus status) {
	}
}
