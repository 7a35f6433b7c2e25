package id.canting.readiness.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.readiness.AssessmentId;
import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessResult;
import id.canting.readiness.ReadinessResults;
import id.canting.registry.IkmId;

/** The verified results for other modules: the latest verified year of each IKM, read in chunks of 500 IKM. */
@Service
@Transactional(readOnly = true)
class VerifiedResults implements ReadinessResults {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	VerifiedResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ReadinessResult> latestVerified(IkmId ikm) {
		return Optional.ofNullable(latestVerified(List.of(ikm)).get(ikm));
	}

	@Override
	public Map<IkmId, ReadinessResult> latestVerified(Collection<IkmId> ikms) {
		List<Long> ids = ikms.stream().map(IkmId::value).distinct().toList();
		Map<IkmId, ReadinessResult> results = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			read(ids.subList(from, Math.min(ids.size(), from + CHUNK))).forEach(r -> results.put(r.ikmId(), r));
		}
		return results;
	}

	private record Row(long id, long ikmId, int assessmentYear, int version, BigDecimal overallIndex, java.sql.Timestamp verifiedAt) {
	}

	private List<ReadinessResult> read(List<Long> ikmIds) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select a.id, a.ikm_id, a.assessment_year, q.version, a.overall_index, a.verified_at from readiness_assessment a
				join readiness_questionnaire q on q.id = a.questionnaire_id
				where a.status = 'VERIFIED' and a.ikm_id in (:ids)
				and a.assessment_year = (select max(b.assessment_year) from readiness_assessment b where b.ikm_id = a.ikm_id and b.status = 'VERIFIED')""")
			.param("ids", ikmIds).query(Row.class).list().forEach(r -> rows.put(r.id(), r));
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Pillar, BigDecimal>> scores = new HashMap<>();
		jdbc.sql("select assessment_id, pillar, verified_score from readiness_pillar_score where assessment_id in (:ids)")
			.param("ids", rows.keySet())
			.query(rs -> {
				if (rs.getBigDecimal(3) != null) {
					scores.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Pillar.class))
						.put(Pillar.valueOf(rs.getString(2)), rs.getBigDecimal(3));
				}
			});
		List<ReadinessResult> results = new ArrayList<>();
		rows.values().forEach(r -> results.add(new ReadinessResult(new AssessmentId(r.id()), new IkmId(r.ikmId()), r.assessmentYear(),
				r.version(), scores.getOrDefault(r.id(), Map.of()), r.overallIndex(), r.verifiedAt().toInstant())));
		return results;
	}
}
