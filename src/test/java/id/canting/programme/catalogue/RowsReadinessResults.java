package id.canting.programme.catalogue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.readiness.AssessmentId;
import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessResult;
import id.canting.readiness.ReadinessResults;
import id.canting.registry.IkmId;

/**
 * A minimal {@link ReadinessResults} reading the V40 tables, for the catalogue's tests while the
 * readiness module's own implementation is elsewhere: the IKM's verified assessment of the highest
 * year, with its verified pillar scores. Not a bean: a test hands it to what it tests.
 */
final class RowsReadinessResults implements ReadinessResults {

	private final JdbcClient jdbc;

	RowsReadinessResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ReadinessResult> latestVerified(IkmId ikm) {
		return jdbc.sql("""
				select a.id, a.assessment_year, a.overall_index, a.verified_at from readiness_assessment a
				 where a.ikm_id = :ikm and a.status = 'VERIFIED' order by a.assessment_year desc limit 1""")
			.param("ikm", ikm.value())
			.query((rs, row) -> new ReadinessResult(new AssessmentId(rs.getLong("id")), ikm, rs.getInt("assessment_year"), 1,
					scores(rs.getLong("id")), rs.getBigDecimal("overall_index"), rs.getTimestamp("verified_at").toInstant()))
			.optional();
	}

	@Override
	public Map<IkmId, ReadinessResult> latestVerified(Collection<IkmId> ikms) {
		Map<IkmId, ReadinessResult> results = new HashMap<>();
		ikms.forEach(ikm -> latestVerified(ikm).ifPresent(result -> results.put(ikm, result)));
		return results;
	}

	private Map<Pillar, BigDecimal> scores(long assessment) {
		Map<Pillar, BigDecimal> scores = new EnumMap<>(Pillar.class);
		jdbc.sql("select pillar, verified_score from readiness_pillar_score where assessment_id = :id and verified_score is not null")
			.param("id", assessment)
			.query(rs -> {
				scores.put(Pillar.valueOf(rs.getString("pillar")), rs.getBigDecimal("verified_score"));
			});
		return scores;
	}
}
