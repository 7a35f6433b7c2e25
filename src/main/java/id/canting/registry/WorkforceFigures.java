package id.canting.registry;

import id.canting.registry.reports.Semester;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce over semesters as the accepted semester reports state it: per semester, how many IKM
 * had a report accepted and the workers (by sex) those reports give. Reports that are drafts, sent or
 * returned do not count; an IKM deactivated since still counts for the semesters it reported.
 */
@Service
@Transactional(readOnly = true)
public class WorkforceFigures {

	private final JdbcClient jdbc;

	WorkforceFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One semester's accepted reports: IKM reporting and their workers. */
	public record SemesterWorkforce(String semester, long ikm, long workersMale, long workersFemale) {

		public long workers() {
			return workersMale + workersFemale;
		}
	}

	/**
	 * The latest semester, not after {@code notAfter}, with an accepted report within {@code province}
	 * (the whole country when null); empty when none has been accepted.
	 */
	public Optional<Semester> latestAccepted(Semester notAfter, String province) {
		String join = province == null ? "" : " join ikm i on i.id = r.ikm_id and i.province_code = :province";
		return jdbc.sql("select max(r.semester) from semester_report r" + join
				+ " where r.status = 'ACCEPTED' and r.semester <= :notAfter")
			.params(province == null ? Map.of() : Map.of("province", province))
			.param("notAfter", notAfter.toString())
			.query(String.class)
			.list().stream()
			// max() over no rows is one row holding null
			.filter(Objects::nonNull)
			.findFirst()
			.map(Semester::parse);
	}

	/**
	 * The semesters from {@code from} to {@code to} (both included) that have accepted reports, in
	 * time order, within {@code province} or the whole country when it is null.
	 */
	public List<SemesterWorkforce> bySemester(Semester from, Semester to, String province) {
		String join = province == null ? "" : " join ikm i on i.id = r.ikm_id and i.province_code = :province";
		return jdbc.sql("select r.semester, count(*) as ikm, sum(r.workers_male) as male, sum(r.workers_female) as female"
				+ " from semester_report r" + join
				+ " where r.status = 'ACCEPTED' and r.semester between :from and :to group by r.semester order by r.semester")
			.params(province == null ? Map.of() : Map.of("province", province))
			.param("from", from.toString()).param("to", to.toString())
			.query((rs, n) -> new SemesterWorkforce(rs.getString("semester"), rs.getLong("ikm"), rs.getLong("male"),
					rs.getLong("female")))
			.list();
	}
}
