package id.canting.readiness.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.canting.readiness.Pillar;
import id.canting.readiness.internal.Assessment.Answer;

/** Reads and writes assessments with their techniques, answers and pillar scores, with plain SQL. */
@Repository
class AssessmentStore {

	private static final String COLUMNS = """
			id, ikm_id, assessment_year, questionnaire_id, status, province_code, size_class, self_index, overall_index, created_at,
			created_by, submitted_at, submitted_by, verified_at, verified_by, verification_note, row_version""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	AssessmentStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	boolean exists(long ikmId, int year) {
		return jdbc.sql("select count(*) from readiness_assessment where ikm_id = ? and assessment_year = ?").params(ikmId, year)
			.query(Long.class).single() > 0;
	}

	Optional<Assessment> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from readiness_assessment where id = ?").param(id).query(this::header)
			.optional().map(this::complete);
	}

	/** The IKM's assessments, latest year first. */
	List<Assessment> ofIkm(long ikmId) {
		return jdbc.sql("select " + COLUMNS + " from readiness_assessment where ikm_id = ? order by assessment_year desc").param(ikmId)
			.query(this::header).list().stream().map(this::complete).toList();
	}

	/** Submitted assessments waiting for verification, in a province (or all), oldest first. */
	List<QueuedAssessment> submitted(String provinceCode) {
		return jdbc.sql("""
				select id, ikm_id, assessment_year, province_code, submitted_at, self_index from readiness_assessment
				where status = 'SUBMITTED' and (cast(? as varchar(2)) is null or province_code = ?)
				order by submitted_at, id""").params(provinceCode, provinceCode)
			.query((rs, n) -> new QueuedAssessment(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getBigDecimal(6)))
			.list();
	}


	long insert(Assessment a) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into readiness_assessment (ikm_id, assessment_year, questionnaire_id, status, province_code, size_class,
				created_at, created_by, row_version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(a.ikmId, a.year, a.questionnaireId, a.status.name(), a.provinceCode, a.sizeClass,
					Timestamp.from(a.createdAt), a.createdBy)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (String technique : a.techniques) {
			jdbc.sql("insert into readiness_assessment_technique (assessment_id, technique) values (?, ?)")
				.params(id, technique).update();
		}
		a.id = id;
		return id;
	}

	/** Saves the header (refusing a stale row version), the answers and the scores. */
	boolean save(Assessment a) {
		int updated = jdbc.sql("""
				update readiness_assessment set status = ?, self_index = ?, overall_index = ?, submitted_at = ?,
				submitted_by = ?, verified_at = ?, verified_by = ?, verification_note = ?, row_version = row_version + 1
				where id = ? and row_version = ?""")
			.params(a.status.name(), a.selfIndex, a.overallIndex, ts(a.submittedAt), a.submittedBy, ts(a.verifiedAt),
					a.verifiedBy, a.verificationNote, a.id, a.rowVersion)
			.update();
		if (updated == 0) {
			return false;
		}
		a.rowVersion++;
		jdbc.sql("delete from readiness_answer where assessment_id = ?").param(a.id).update();
		List<Object[]> answers = new ArrayList<>();
		a.answers.values().forEach(x -> answers.add(new Object[] { a.id, x.questionId(), x.level(), x.note(),
				x.verifiedLevel(), x.verificationReason() }));
		template.batchUpdate("""
				insert into readiness_answer (assessment_id, question_id, level, note, verified_level, verification_reason)
				values (?, ?, ?, ?, ?, ?)""", answers);
		jdbc.sql("delete from readiness_pillar_score where assessment_id = ?").param(a.id).update();
		List<Object[]> scores = new ArrayList<>();
		for (Pillar p : Pillar.values()) {
			if (a.selfScores.containsKey(p) || a.verifiedScores.containsKey(p)) {
				scores.add(new Object[] { a.id, p.name(), a.selfScores.get(p), a.verifiedScores.get(p) });
			}
		}
		template.batchUpdate("""
				insert into readiness_pillar_score (assessment_id, pillar, self_score, verified_score) values (?, ?, ?, ?)""",
				scores);
		return true;
	}

	private Assessment header(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Assessment a = new Assessment(rs.getLong("id"), rs.getLong("ikm_id"), rs.getInt("assessment_year"),
				rs.getLong("questionnaire_id"), AssessmentStatus.valueOf(rs.getString("status")),
				rs.getString("province_code"), rs.getString("size_class"), Set.of(), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
		a.selfIndex = rs.getBigDecimal("self_index");
		a.overallIndex = rs.getBigDecimal("overall_index");
		a.submittedAt = instant(rs.getTimestamp("submitted_at"));
		a.submittedBy = rs.getString("submitted_by");
		a.verifiedAt = instant(rs.getTimestamp("verified_at"));
		a.verifiedBy = rs.getString("verified_by");
		a.verificationNote = rs.getString("verification_note");
		a.rowVersion = rs.getInt("row_version");
		return a;
	}

	private Assessment complete(Assessment h) {
		Set<String> techniques = new HashSet<>(jdbc.sql(
				"select technique from readiness_assessment_technique where assessment_id = ? order by technique")
			.param(h.id).query(String.class).list());
		Assessment a = new Assessment(h.id, h.ikmId, h.year, h.questionnaireId, h.status, h.provinceCode, h.sizeClass,
				techniques, h.createdAt, h.createdBy);
		a.selfIndex = h.selfIndex;
		a.overallIndex = h.overallIndex;
		a.submittedAt = h.submittedAt;
		a.submittedBy = h.submittedBy;
		a.verifiedAt = h.verifiedAt;
		a.verifiedBy = h.verifiedBy;
		a.verificationNote = h.verificationNote;
		a.rowVersion = h.rowVersion;
		jdbc.sql("""
				select question_id, level, note, verified_level, verification_reason from readiness_answer
				where assessment_id = ? order by question_id""").param(h.id)
			.query((rs, n) -> new Answer(rs.getLong(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3),
					(Integer) rs.getObject(4, Integer.class), rs.getString(5)))
			.list().forEach(x -> a.answers.put(x.questionId(), x));
		jdbc.sql("select pillar, self_score, verified_score from readiness_pillar_score where assessment_id = ?").param(h.id)
			.query(rs -> {
				Pillar p = Pillar.valueOf(rs.getString(1));
				if (rs.getBigDecimal(2) != null) {
					a.selfScores.put(p, rs.getBigDecimal(2));
				}
				if (rs.getBigDecimal(3) != null) {
					a.verifiedScores.put(p, rs.getBigDecimal(3));
				}
			});
		return a;
	}

	// evidence


	long insertEvidence(long assessmentId, long questionId, String fileKey, String fileName, String contentType,
			long sizeBytes, String by, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into readiness_evidence (assessment_id, question_id, file_key, file_name, content_type, size_bytes,
				uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(assessmentId, questionId, fileKey, fileName, contentType, sizeBytes, Timestamp.from(now), by)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	List<Evidence> evidence(long assessmentId) {
		return jdbc.sql("""
				select id, assessment_id, question_id, file_key, file_name, content_type, size_bytes, uploaded_at, uploaded_by
				from readiness_evidence where assessment_id = ? order by id""").param(assessmentId)
			.query((rs, n) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant(), rs.getString(9)))
			.list();
	}

	private static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
