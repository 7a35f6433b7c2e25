package id.canting.readiness.internal.statistics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.readiness.Pillar;

/**
 * Test rows of readiness assessments written straight into the V40 tables, for the statistics and
 * eligibility tests (the readiness module's own facade is not needed to read them):
 * {@code ReadinessRows.anAssessment().ofIkm(1).inProvince("33").in(2024).index("1.50").pillars(...).insertWith(jdbc)}.
 * Each assessment uses one test questionnaire, created on first use. {@link #deleteAll} removes
 * what a committing test inserted.
 */
public final class ReadinessRows {

	static final int QUESTIONNAIRE_VERSION = 9_901;

	private long ikmId = 1;
	private int year = 2024;
	private String provinceCode = "33";
	private String sizeClass = "KECIL";
	private String status = "VERIFIED";
	private BigDecimal overallIndex;
	private BigDecimal[] pillarScores = new BigDecimal[0];
	private List<String> techniques = List.of("TULIS");

	private ReadinessRows() {
	}

	public static ReadinessRows anAssessment() {
		return new ReadinessRows();
	}

	public ReadinessRows ofIkm(long ikm) {
		this.ikmId = ikm;
		return this;
	}

	public ReadinessRows in(int year) {
		this.year = year;
		return this;
	}

	public ReadinessRows inProvince(String code) {
		this.provinceCode = code;
		return this;
	}

	public ReadinessRows sized(String sizeClass) {
		this.sizeClass = sizeClass;
		return this;
	}

	public ReadinessRows withTechniques(String... techniques) {
		this.techniques = List.of(techniques);
		return this;
	}

	/** Submitted, not verified: not a result (its index is the owner's own). */
	public ReadinessRows submitted() {
		this.status = "SUBMITTED";
		return this;
	}

	public ReadinessRows index(String index) {
		this.overallIndex = new BigDecimal(index);
		return this;
	}

	/** The five pillar scores in {@link Pillar} order. */
	public ReadinessRows pillars(String... scores) {
		if (scores.length != Pillar.values().length) {
			throw new IllegalArgumentException("five pillar scores, in Pillar order");
		}
		this.pillarScores = java.util.Arrays.stream(scores).map(BigDecimal::new).toArray(BigDecimal[]::new);
		return this;
	}

	/** Inserts the assessment with its pillar scores and techniques; returns its id. */
	public long insertWith(JdbcClient jdbc) {
		long questionnaire = questionnaire(jdbc);
		boolean verified = "VERIFIED".equals(status);
		Timestamp now = Timestamp.from(Instant.parse(year + "-06-01T03:00:00Z"));
		jdbc.sql("""
				insert into readiness_assessment (ikm_id, assessment_year, questionnaire_id, status, province_code, size_class,
				 self_index, overall_index, created_at, created_by, submitted_at, submitted_by, verified_at, verified_by,
				 row_version) values (:ikm, :year, :questionnaire, :status, :province, :size, :index, :overall, :now,
				 'test', :now, 'test', :verifiedAt, :verifiedBy, 0)""")
			.param("ikm", ikmId)
			.param("year", year)
			.param("questionnaire", questionnaire)
			.param("status", status)
			.param("province", provinceCode)
			.param("size", sizeClass)
			.param("index", overallIndex)
			.param("overall", verified ? overallIndex : null, java.sql.Types.NUMERIC)
			.param("now", now)
			.param("verifiedAt", verified ? now : null, java.sql.Types.TIMESTAMP)
			.param("verifiedBy", verified ? "test" : null, java.sql.Types.VARCHAR)
			.update();
		long id = jdbc.sql("select a.id from readiness_assessment a where a.ikm_id = :ikm and a.assessment_year = :year")
			.param("ikm", ikmId)
			.param("year", year)
			.query(Long.class)
			.single();
		for (int i = 0; i < pillarScores.length; i++) {
			jdbc.sql("insert into readiness_pillar_score (assessment_id, pillar, self_score, verified_score)"
					+ " values (:id, :pillar, :score, :verified)")
				.param("id", id)
				.param("pillar", Pillar.values()[i].name())
				.param("score", pillarScores[i])
				.param("verified", verified ? pillarScores[i] : null, java.sql.Types.NUMERIC)
				.update();
		}
		for (String technique : techniques) {
			jdbc.sql("insert into readiness_assessment_technique (assessment_id, technique) values (:id, :technique)")
				.param("id", id)
				.param("technique", technique)
				.update();
		}
		return id;
	}

	/** Removes these assessments and their rows, and the test questionnaire once no assessment uses it. */
	public static void deleteAll(JdbcClient jdbc, List<Long> ids) {
		for (Long id : new ArrayList<>(ids)) {
			jdbc.sql("delete from readiness_pillar_score where assessment_id = :id").param("id", id).update();
			jdbc.sql("delete from readiness_assessment_technique where assessment_id = :id").param("id", id).update();
			jdbc.sql("delete from readiness_assessment where id = :id").param("id", id).update();
		}
		jdbc.sql("""
				delete from readiness_questionnaire where version = :version
				 and not exists (select 1 from readiness_assessment a where a.questionnaire_id = readiness_questionnaire.id)""")
			.param("version", QUESTIONNAIRE_VERSION)
			.update();
	}

	private static long questionnaire(JdbcClient jdbc) {
		return jdbc.sql("select id from readiness_questionnaire where version = :version")
			.param("version", QUESTIONNAIRE_VERSION)
			.query(Long.class)
			.optional()
			.orElseGet(() -> {
				jdbc.sql("""
						insert into readiness_questionnaire (version, title_id, title_en, status, created_at, created_by,
						 row_version) values (:version, 'Uji', 'Test', 'RETIRED', current_timestamp, 'test', 0)""")
					.param("version", QUESTIONNAIRE_VERSION)
					.update();
				return questionnaire(jdbc);
			});
	}
}
