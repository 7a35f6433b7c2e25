package id.canting.readiness.internal.work;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.readiness.ReadinessWork;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/** {@link ReadinessWork} read straight from the assessments: two small counting queries, no aggregate loaded. */
@Service
@Transactional(readOnly = true)
class ReadinessWorkQueries implements ReadinessWork {

	private final JdbcClient jdbc;

	ReadinessWorkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long toVerify(Actor actor) {
		if (actor.isAdmin()) {
			return jdbc.sql("select count(*) from readiness_assessment where status = 'SUBMITTED'").query(Long.class).single();
		}
		if (actor.role() == Role.OFFICER && actor.provinceCode() != null) {
			return jdbc.sql("select count(*) from readiness_assessment where status = 'SUBMITTED' and province_code = :province")
				.param("province", actor.provinceCode()).query(Long.class).single();
		}
		return 0;
	}

	@Override
	public List<OwnerAssessment> assessmentsOf(Actor owner, int year) {
		if (owner.role() != Role.IKM_OWNER || owner.ikmIds().isEmpty()) {
			return List.of();
		}
		Map<Long, String> statuses = jdbc.sql("select ikm_id, status from readiness_assessment where assessment_year = :year and ikm_id in (:ikms)")
			.param("year", year).param("ikms", owner.ikmIds())
			.query((rs, row) -> Map.entry(rs.getLong("ikm_id"), rs.getString("status"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return owner.ikmIds().stream().sorted()
			.map(ikm -> new OwnerAssessment(new IkmId(ikm), year, statuses.get(ikm))).toList();
	}
}
